import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ComparePage, HOUSTON_SUPERVISOR, SECTION_CHIEF } from '../pages/comparePage';
import { LibraryPage } from '../pages/libraryPage';
import { printedHtml, printToPdf } from './support/printout';

test('the comparison prints landscape with both titles on every page, a legend, notes as footnotes and "Page n of m"', async ({
  page,
}, testInfo) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  await page.getByRole('button', { name: 'Add note on factor Complexity' }).click();
  await page.getByLabel('Note on factor Complexity').fill('Chief handles escalated cases.');
  await page.getByRole('button', { name: 'Save note' }).click();

  const html = await printedHtml(page, () => page.getByRole('button', { name: 'Print…' }).click());
  const pdfPath = testInfo.outputPath('comparison.pdf');
  await printToPdf(page, html, pdfPath);

  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((pageText) => pageText.trim());
  expect(pages.length).toBeGreaterThan(1);
  for (const [index, pageText] of pages.entries()) {
    expect(pageText).toContain('CUSTOMER SERVICE SUPERVISOR vs CUSTOMER SERVICE SECTION CHIEF');
    expect(pageText).toContain(`Page ${index + 1} of ${pages.length}`);
  }
  expect(text).toContain('Legend');
  expect(text).toContain('1 of');
  expect(text).toMatch(/Complexity\s*\[1\]/);
  expect(text).toContain('Analyst notes');
  expect(text).toContain('Chief handles escalated cases.');
  // Summary first: coverage and factors come before the duties.
  const headingAt = (heading: string): number => text.search(new RegExp(`^\\s*${heading}\\s*$`, 'm'));
  expect(headingAt('Coverage')).toBeGreaterThan(-1);
  expect(headingAt('Coverage')).toBeLessThan(headingAt('Factors'));
  expect(headingAt('Factors')).toBeLessThan(headingAt('Duties'));

  const pdf = await readFile(pdfPath);
  const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(Number(mediaBox?.[1])).toBeGreaterThan(Number(mediaBox?.[2]));
});

test('"Differences only" is honoured by the printout', async ({ page }, testInfo) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  await page.getByLabel('Differences only').check();
  const html = await printedHtml(page, () => page.getByRole('button', { name: 'Print…' }).click());
  const pdfPath = testInfo.outputPath('differences.pdf');
  await printToPdf(page, html, pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('differences only');
  expect(text).not.toMatch(/Physical effort/);
});

test('"Save as HTML" downloads the same standalone printout without scripts', async ({ page }) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as HTML' }).click();
  const file = await (await download).path();
  const html = await readFile(file, 'utf8');
  expect(html).toContain('<title>CUSTOMER SERVICE SUPERVISOR vs CUSTOMER SERVICE SECTION CHIEF</title>');
  expect(html).toContain('aria-label="Legend"');
  expect(html).not.toMatch(/<script/i);
});

test('Print, Ctrl+P and "Save as HTML" all give the one shared printout, styled inside a frame that runs no scripts', async ({
  page,
}) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const fromButton = await printedHtml(page, () => page.getByRole('button', { name: 'Print…' }).click());
  const fromShortcut = await printedHtml(page, () => page.keyboard.press('Control+p'));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as HTML' }).click();
  const saved = await readFile(await (await download).path(), 'utf8');
  expect(fromShortcut).toBe(fromButton);
  expect(saved).toBe(fromButton);

  const frame = page.locator('iframe[title="Printout"]');
  expect((await frame.getAttribute('sandbox'))?.split(' ')).not.toContain('allow-scripts');
  // The app's CSP refuses the printout's <style>; the frame must still carry the printout's own layout.
  const headerCell = page.frameLocator('iframe[title="Printout"]').locator('thead th').first();
  await expect
    .poll(() => headerCell.evaluate((cell) => getComputedStyle(cell).backgroundColor))
    .toBe('rgb(232, 236, 242)');
});

test('a view without a printout prints the screen as it is', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await page.emulateMedia({ media: 'print' });
  await expect(library.list).toBeVisible();
  await page.keyboard.press('Control+p');
  await expect(page.locator('iframe[title="Printout"]')).toHaveCount(0);
});

test('leaving a comparison takes its printout away: Ctrl+P on the library prints the screen', async ({ page }) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  expect(await printedHtml(page, () => page.keyboard.press('Control+p'))).toContain('aria-label="Legend"');
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await page.evaluate(() => document.querySelector('iframe[title="Printout"]')?.remove());
  await page.keyboard.press('Control+p');
  await expect(page.locator('iframe[title="Printout"]')).toHaveCount(0);
});

test('"Prepared by" and "Case number" typed in the compare view are saved with the comparison and printed on every page', async ({
  page,
}, testInfo) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  await page.getByLabel('Prepared by').fill('Dana Whitfield');
  await page.getByLabel('Case number').fill('RC-2026-031');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await expect(page).toHaveURL(/saved=\d+/);

  await page.reload();
  await expect(page.getByLabel('Prepared by')).toHaveValue('Dana Whitfield');
  await expect(page.getByLabel('Case number')).toHaveValue('RC-2026-031');

  const html = await printedHtml(page, () => page.getByRole('button', { name: 'Print…' }).click());
  const pdfPath = testInfo.outputPath('prepared.pdf');
  await printToPdf(page, html, pdfPath);
  const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((pageText) => pageText.trim());
  expect(pages.length).toBeGreaterThan(1);
  for (const pageText of pages) expect(pageText).toMatch(/Case RC-2026-031 · Prepared by Dana Whitfield/);
});
