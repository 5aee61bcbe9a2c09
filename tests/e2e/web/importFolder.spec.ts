import { expect, test } from '@playwright/test';
import { LibraryPage, SEED_TITLES } from '../pages/libraryPage';
import { writeGeneratedLibrary } from './support/generatedLibrary';

test('importing a folder adds every readable spec and lists each broken file with its reason', async ({ page }) => {
  const generated = await writeGeneratedLibrary();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(SEED_TITLES.length);
  const before = (await library.titles()).sort();

  await library.importFolder(generated.folder);

  await expect(library.importPanel).toContainText(`25 of 25 files · 20 imported, 5 failed`);
  const failures = library.failures.getByRole('listitem');
  await expect(failures).toHaveCount(5);
  for (const name of generated.brokenFiles) {
    await expect(failures.filter({ hasText: name })).toHaveCount(1);
  }
  await expect(failures.filter({ hasText: 'empty.txt' })).toContainText('empty');
  await expect(failures.filter({ hasText: 'encrypted.docx' })).toContainText(/encrypted|password/);

  await library.expectClassCount(SEED_TITLES.length + generated.classes.length);
  // The list is virtualized (only rows on screen exist): find each new class by searching for it.
  for (const generatedClass of generated.classes) {
    await library.searchFor(generatedClass.title);
    await expect(library.list.getByRole('link', { name: generatedClass.title, exact: true })).toBeVisible();
  }

  await library.searchFor('');
  await library.expectClassCount(25);
  // PDF and DOCX reading ran under the strict Content-Security-Policy without being blocked.
  expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
  // The seeds are still there; searched for one by one since the banners above the list leave fewer rows on screen.
  for (const title of before) {
    await library.searchFor(title);
    await expect(library.list.getByRole('link', { name: title, exact: true }).first()).toBeVisible();
  }
});
