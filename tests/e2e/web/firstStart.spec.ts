import { expect, test } from '@playwright/test';
import { LibraryPage, SEED_TITLES } from '../pages/libraryPage';

const sortedSeedTitles = [...SEED_TITLES].map((title) => title.toLowerCase()).sort();

test('first start imports the five sample specs, and a reload neither duplicates nor re-adds them', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  expect((await library.titles()).map((title) => title.toLowerCase()).sort()).toEqual(sortedSeedTitles);

  await page.reload();
  await expect(library.search).toBeEnabled();
  await library.expectClassCount(5);
  expect((await library.titles()).map((title) => title.toLowerCase()).sort()).toEqual(sortedSeedTitles);
});

test('deleted samples stay deleted after a reload; "Restore sample specs" brings them back', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  const [first = ''] = await library.titles();
  await library.openClass(first);
  await page.getByRole('button', { name: 'Delete class' }).click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await library.expectClassCount(4);

  await page.reload();
  await library.expectClassCount(4);

  await page.getByRole('button', { name: 'Restore sample specs' }).click();
  await library.waitForImportToFinish();
  await library.expectClassCount(5);
  await expect(library.importPanel).toContainText('1 imported, 4 already in the library');
});
