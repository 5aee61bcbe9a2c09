import { expect, test, type Page } from '@playwright/test';
import { LibraryPage, SEED_TITLES } from '../pages/libraryPage';
import { writeGeneratedLibrary, type GeneratedFolder } from './support/generatedLibrary';

let generated: GeneratedFolder;
test.beforeAll(async () => {
  generated = await writeGeneratedLibrary();
});

async function libraryWithImports(page: Page): Promise<LibraryPage> {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(SEED_TITLES.length);
  await library.importFolder(generated.folder);
  await library.expectClassCount(SEED_TITLES.length + generated.classes.length);
  return library;
}

test('searching "meter" finds exactly the classes whose duties mention meter reading', async ({ page }) => {
  const library = await libraryWithImports(page);
  await library.searchFor('meter');
  const meterTitles = generated.classes.filter((item) => item.mentionsMeter).map((item) => item.title);
  // Two seeds mention meters as well (an assistant manager directs meter reading; a supervisor oversees meter readers).
  await expect(library.count).toHaveText(new RegExp(`^${meterTitles.length + 2} of 25 classes`));
  const titles = await library.titles();
  for (const title of meterTitles) expect(titles).toContain(title);
  for (const other of generated.classes.filter((item) => !item.mentionsMeter))
    expect(titles).not.toContain(other.title);
  expect(titles[0]).toMatch(/meter/i);
});

test('filters by employer, grade range and job family, alone and with a search', async ({ page }) => {
  const library = await libraryWithImports(page);
  const filters = page.getByRole('group', { name: 'Filters' });
  const employer = filters.getByLabel('Employer');

  // Four of the seeds are City of Houston classes, all in its customer service series.
  const houston = (await employer.getByRole('option').allTextContents()).find((label) => /houston/i.test(label)) ?? '';
  await employer.selectOption({ label: houston });
  await expect(library.count).toHaveText(/^4 of 25 classes/);
  for (const title of await library.titles()) expect(title.toLowerCase()).toContain('customer service');
  await employer.selectOption('');

  await filters.getByLabel('Lowest grade').fill('10');
  await filters.getByLabel('Highest grade').fill('16');
  // Seed grades are 26, 18, 15, 22 and none: only the grade-15 representative is in range.
  const inRange = generated.classes.filter((item) => item.grade >= 10 && item.grade <= 16).map((item) => item.title);
  await expect(library.count).toHaveText(new RegExp(`^${inRange.length + 1} of 25 classes`));
  await library.searchFor('technician');
  const technicians = inRange.filter((title) => /technician/i.test(title));
  await expect(library.count).toHaveText(new RegExp(`^${technicians.length} of 25 classes`));
  expect((await library.titles()).sort()).toEqual([...technicians].sort());

  await library.searchFor('');
  await filters.getByLabel('Lowest grade').fill('');
  await filters.getByLabel('Highest grade').fill('');
  await library.expectClassCount(25);
  await expect(library.count).toHaveText(/^25 of 25 classes/);

  // The Houston seeds print a Customer Service job family; the generated specs print none.
  const family = filters.getByLabel('Job family');
  const familyLabel =
    (await family.getByRole('option').allTextContents()).find((label) => /customer service/i.test(label)) ?? '';
  await family.selectOption({ label: familyLabel });
  const familyTitles = (await library.titles()).map((title) => title.toLowerCase());
  expect(familyTitles.length).toBeGreaterThanOrEqual(4);
  for (const title of familyTitles) expect(title).toContain('customer service');
});

test('keyboard: Ctrl+F focuses search, arrows move the selection, Enter opens the class', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(SEED_TITLES.length);
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.keyboard.press('Control+f');
  await expect(library.search).toBeFocused();
  await library.searchFor('customer service');
  await page.keyboard.press('ArrowDown');
  const titles = library.titleLinks();
  await expect(titles.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(titles.nth(1)).toBeFocused();
  const second = (await titles.nth(1).textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
  await expect(page).toHaveURL(/#\/spec\//);
});
