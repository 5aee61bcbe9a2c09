import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { LibraryPage } from '../pages/libraryPage';
import { printedHtml, printToPdf } from './support/printout';

async function openFamilyLadder(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await page.goto('./#/series');
  const family = page.getByRole('combobox', { name: 'Job family' });
  const firstFamily = family.locator('option').nth(1);
  await expect(firstFamily).toBeAttached();
  await family.selectOption({ index: 1 });
  await expect(page.getByRole('table', { name: /Factor levels by grade/ })).toBeVisible();
}

test('a job family becomes a ladder ordered by grade, with levels as numbers and words', async ({ page }) => {
  await openFamilyLadder(page);
  const table = page.getByRole('table', { name: /Factor levels by grade/ });
  const headers = (await table.locator('thead th').allTextContents()).slice(1);
  const grades = headers
    .map((text) => Number(/grade (\d+)/.exec(text)?.[1] ?? Number.NaN))
    .filter((grade) => !Number.isNaN(grade));
  expect(grades.length).toBeGreaterThanOrEqual(3);
  expect([...grades].sort((x, y) => x - y)).toEqual(grades);
  await expect(
    table
      .getByRole('row', { name: /Complexity/ })
      .locator('td')
      .first(),
  ).toContainText(/Level \d+ of \d+ — /);
});

test('the Section Chief and Assistant Manager share word-for-word Supervision Exercised text, flagged with an explanation', async ({
  page,
}) => {
  await openFamilyLadder(page);
  const table = page.getByRole('table', { name: /Factor levels by grade/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Supervision exercised/ }) });
  await expect(row).toContainText('flagged');
  const headers = (await table.locator('thead th').allTextContents()).map((text) => text.toUpperCase());
  const chief = headers.findIndex((text) => text.includes('SECTION CHIEF'));
  const manager = headers.findIndex((text) => text.includes('ASSISTANT CUSTOMER SERVICE MANAGER'));
  expect(chief).toBeGreaterThan(0);
  expect(manager).toBeGreaterThan(0);
  await expect(row.getByRole('cell').nth(chief - 1)).toContainText(
    /≡ Same text as ASSISTANT CUSTOMER SERVICE MANAGER/i,
  );
  await expect(row.getByRole('cell').nth(manager - 1)).toContainText(/≡ Same text as CUSTOMER SERVICE SECTION CHIEF/i);
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText(
    /Supervision exercised is word for word the same in .*SECTION CHIEF.* and .*MANAGER/i,
  );
});

test('duties are followed up the ladder, one column per class', async ({ page }) => {
  await openFamilyLadder(page);
  const duties = page.getByRole('table', { name: 'Duties by class' });
  const rows = duties.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);
  await expect(duties.locator('tbody td', { hasText: /^✓ duty \d+$/ }).first()).toBeVisible();
});

test('classes can be removed from the ladder one by one (manual selection)', async ({ page }) => {
  await openFamilyLadder(page);
  const table = page.getByRole('table', { name: /Factor levels by grade/ });
  const columns = await table.locator('thead th').count();
  await page
    .getByRole('list', { name: 'Classes in the ladder' })
    .getByRole('button', { name: /^Remove / })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/series\?ids=/);
  await expect(table.locator('thead th')).toHaveCount(columns - 1);
  await page.reload();
  await expect(table.locator('thead th')).toHaveCount(columns - 1);
});

test('the ladder prints with its findings', async ({ page }, testInfo) => {
  await openFamilyLadder(page);
  const html = await printedHtml(page, () => page.getByRole('button', { name: 'Print…' }).click());
  const pdfPath = testInfo.outputPath('series.pdf');
  await printToPdf(page, html, pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Findings');
  expect(text).toMatch(/Same text as/);
  expect(text).toMatch(/Page 1 of \d+/);
});

test('the Series link of a class opens its family ladder; a class printing no family starts a ladder of its own', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await page.getByRole('link', { name: 'Series (CUSTOMER SERVICE SECTION CHIEF)' }).click();
  const table = page.getByRole('table', { name: /Factor levels by grade/ });
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveCount(5);
  await expect(page.getByRole('combobox', { name: 'Job family' })).not.toHaveValue('');

  await page.goto('./#/library');
  await page.getByRole('link', { name: 'Series (Customer Service Supervisor)', exact: true }).click();
  await expect(page).toHaveURL(/#\/series\?ids=/);
  await expect(page.getByRole('combobox', { name: 'Job family' })).toHaveValue('');
});

test('each adjacent pair on the ladder has a Compare link that opens the saved comparison of that pair once there is one', async ({
  page,
}) => {
  await openFamilyLadder(page);
  const columns = await page
    .getByRole('table', { name: /Factor levels by grade/ })
    .locator('thead th')
    .count();
  const pairs = page.getByRole('region', { name: 'Adjacent classes' }).getByRole('listitem');
  await expect(pairs).toHaveCount(columns - 2);
  await expect(pairs.first()).toContainText('(no saved comparison yet)');
  const seriesUrl = page.url();

  await pairs
    .first()
    .getByRole('link', { name: /^Compare / })
    .click();
  const duties = page.getByRole('table', { name: 'Duties' });
  await expect(duties).toBeVisible();
  await expect(page.locator('[data-save-state="unsaved"]')).toBeVisible();
  await duties
    .getByRole('button', { name: /^Add note on/ })
    .first()
    .click();
  await page.getByLabel(/^Note on /).fill('Adjacent grades share the scheduling duty.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const savedUrl = page.url();
  expect(savedUrl).toMatch(/saved=\d+/);

  await page.goto(seriesUrl);
  await expect(pairs.first()).toContainText(/\(opens the saved comparison “.+”\)/);
  await expect(pairs.nth(1)).toContainText('(no saved comparison yet)');
  await pairs
    .first()
    .getByRole('link', { name: /^Compare / })
    .click();
  await expect(page).toHaveURL(savedUrl);
  await expect(duties).toContainText('Adjacent grades share the scheduling duty.');
});
