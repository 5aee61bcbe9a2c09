import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { ComparePage, HOUSTON_SUPERVISOR, SECTION_CHIEF } from '../pages/comparePage';
import { LibraryPage } from '../pages/libraryPage';
import { SpecPage } from '../pages/specPage';
import { printedHtml, printToPdf } from './support/printout';

const SEED = fileURLToPath(new URL('../../../seeds/001_9c6110c3b2aa3f37.txt', import.meta.url));
const CORRECTED_TITLE = 'Customer Service Supervisor I';
const FIRST_PART = "Assigns the research and analysis of customers' problems and inquiries.";
const SECOND_PART = 'Assists with inquiries that are more complex or sensitive.';
const CHANGED_DUTY = 'Performs special projects as assigned.';

test('a corrected title and split duty persist, flow into compare and the printout, and carry to a revised import', async ({
  page,
}, testInfo) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await library.searchFor(HOUSTON_SUPERVISOR);
  await library.openClass((await library.titles())[0] ?? '');
  const spec = new SpecPage(page);
  await expect(spec.heading).toHaveText('CUSTOMER SERVICE SUPERVISOR');
  const parsedCount = await spec.duties.count();

  await page.getByRole('button', { name: 'Correct the parse' }).click();
  const fields = page.getByRole('form', { name: 'Correct the record' });
  await fields.getByLabel('Title').fill(CORRECTED_TITLE);
  await fields.getByRole('button', { name: 'Save fields' }).click();
  await expect(spec.heading).toHaveText(`${CORRECTED_TITLE} corrected by analyst`);

  // Split duty 2 with the keyboard: caret to the start of its second sentence, then Enter.
  const duty = spec.duties.filter({ hasText: FIRST_PART });
  await duty.getByRole('button', { name: 'Split' }).click();
  const box = page.getByRole('textbox', { name: /^Text of essential duty/ });
  const text = await box.inputValue();
  await box.focus();
  await box.press('Control+Home');
  for (let step = 0; step < text.indexOf(SECOND_PART); step += 1) await box.press('ArrowRight');
  await box.press('Enter');
  await expect(spec.duties).toHaveCount(parsedCount + 1);

  // A correction on a passage the revision changes: it must be listed as not applied there, not dropped.
  await spec.duties.filter({ hasText: CHANGED_DUTY }).getByRole('button', { name: 'Not a duty' }).click();
  await expect(spec.duties).toHaveCount(parsedCount);

  await page.reload();
  await expect(spec.heading).toHaveText(`${CORRECTED_TITLE} corrected by analyst`);
  await expect(spec.duties).toHaveCount(parsedCount);
  await expect(spec.duties.filter({ hasText: FIRST_PART })).toHaveText(
    new RegExp(`^${FIRST_PART}\\s*corrected by analyst$`),
  );
  await expect(spec.duties.filter({ hasText: SECOND_PART })).toContainText('corrected by analyst');
  await expect(page.getByRole('heading', { name: 'Corrections (3)' })).toBeVisible();

  const compare = new ComparePage(page);
  await compare.openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const classes = page.getByRole('region', { name: 'Classes and coverage' });
  await expect(classes).toContainText(CORRECTED_TITLE);
  await expect(classes.getByText('corrected by analyst')).toHaveCount(1);
  await expect(compare.duties.getByRole('cell').filter({ hasText: new RegExp(`^${FIRST_PART}$`) })).toHaveCount(1);
  await expect(compare.duties.getByRole('cell').filter({ hasText: new RegExp(`^${SECOND_PART}$`) })).toHaveCount(1);
  await expect(compare.duties).not.toContainText(CHANGED_DUTY);

  const html = await printedHtml(page, () => page.getByRole('button', { name: 'Print…' }).click());
  const pdfPath = testInfo.outputPath('corrected.pdf');
  await printToPdf(page, html, pdfPath);
  const printed = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(printed).toContain(`${CORRECTED_TITLE} vs CUSTOMER SERVICE SECTION CHIEF`);
  expect(printed).toContain(`${CORRECTED_TITLE} (corrected by analyst)`);
  expect(printed).toContain(SECOND_PART);
  expect(printed).not.toContain(CHANGED_DUTY);

  // The same class revised: another duty and the revision date change, the corrected passages do not.
  const revised = (await readFile(SEED, 'utf8'))
    .replace(CHANGED_DUTY, 'Performs special projects and studies as assigned.')
    .replace('Revised: July 2019', 'Revised: March 2026');
  const revisedPath = testInfo.outputPath('houston-supervisor-revised.txt');
  await writeFile(revisedPath, revised);
  await library.open();
  await library.importFiles([revisedPath]);
  await library.searchFor(HOUSTON_SUPERVISOR);
  await expect(library.titleLinks()).toHaveText([CORRECTED_TITLE]);
  await library.openClass(CORRECTED_TITLE);
  await expect(page.getByText('2 of 2 (latest)')).toBeVisible();
  await expect(spec.heading).toHaveText(`${CORRECTED_TITLE} corrected by analyst`);
  await expect(spec.duties).toHaveCount(parsedCount + 1);
  await expect(spec.duties.filter({ hasText: new RegExp(`^${SECOND_PART}`) })).toHaveCount(1);
  const notApplied = page.getByRole('region', { name: /Not applied to this version/ });
  await expect(notApplied).toContainText(
    `Not a duty: "${CHANGED_DUTY}": the passage it corrects is not in this version`,
  );
});
