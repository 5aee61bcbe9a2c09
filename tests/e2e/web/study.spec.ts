import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { expect, test, type Page } from '@playwright/test';
import { HOUSTON_SUPERVISOR } from '../pages/comparePage';
import { StudyPage } from '../pages/studyPage';
import { printedHtml } from './support/printout';

const REPRESENTATIVE_II = '886.3';
const STUDY = 'Position 40117 reclassification';
const DUTIES: readonly (readonly [string, string])[] = [
  ['Supervises, coordinates, trains and evaluates the work assignments of subordinate employees.', '30'],
  ['Plans, organizes and schedules staff to meet production requirements.', '20'],
  ['Researches, analyzes, and resolves customer problems and inquiries by phone, email and in person.', '35'],
  ['Prepares documentation to adjust customer accounts while maintaining security and confidentiality.', '15'],
];
const SECTIONS = [
  '1. Request',
  '2. Materials reviewed',
  '3. Duties of the position',
  '4. Comparison with the candidate classes',
  '5. Rationale',
  '6. Recommendation',
];

async function fillStudy(study: StudyPage): Promise<void> {
  const { page } = study;
  const request: readonly (readonly [string, string])[] = [
    ['Case number', 'RC-2026-014'],
    ['Requested by', 'J. Employee'],
    ['Position number', '40117'],
    ['Working title', 'Customer Service Lead'],
    ['Department', 'Houston Public Works'],
    ['Prepared by (analyst)', 'A. Analyst'],
  ];
  for (const [label, value] of request) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save request' }).click();
  await study.expectSaved('the request');
  await study.pickClass('Current class', REPRESENTATIVE_II);
  await study.expectSaved('the current class');
  await study.pickClass('Requested class', HOUSTON_SUPERVISOR);
  await study.expectSaved('the requested class');

  await page.getByLabel('Position title').fill('Customer Service Representative II (position 40117)');
  await page
    .getByLabel(/^Position summary/)
    .fill('Supervises a unit of four customer service representatives and handles escalated customer problems.');
  for (const [index, [duty, percent]] of DUTIES.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add duty' }).click();
    await page.getByLabel(`Duty ${index + 1}`, { exact: true }).fill(duty);
    await page.getByLabel(`Percent of time, duty ${index + 1}`).fill(percent);
  }
  await expect(page.getByTestId('time-total')).toHaveText('100%');
  await page.getByRole('button', { name: 'Save position description' }).click();
  await study.expectSaved('the position description');
}

async function decide(study: StudyPage): Promise<void> {
  const { page } = study;
  await page.getByLabel('Recommended class').selectOption({ label: 'CUSTOMER SERVICE SUPERVISOR' });
  await expect(page.getByLabel('Grade')).toHaveValue('18');
  await page.getByLabel('FLSA status').selectOption('non-exempt');
  await page.getByLabel('Effective date').fill('2026-12-01');
  await page.getByLabel('Confidence').selectOption('high');
  await page
    .getByLabel('Rationale')
    .fill(
      'Half of the time goes to supervising a unit of four: first-line supervision, as the Supervisor class describes.',
    );
  await page.getByLabel('Analyst’s notes').fill('Desk audit confirmed the unit of four.');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await study.expectSaved('the decision');
  await page.getByLabel('New status').selectOption('decided');
  await page.getByLabel('Note (optional)').fill('Memo sent to the department');
  await page.getByRole('button', { name: 'Record status' }).click();
  await study.expectSaved('the status');
}

async function pdfText(page: Page, html: string, path: string): Promise<string> {
  const printer = await page.context().newPage();
  await printer.setContent(html);
  await printer.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await printer.close();
  return execFileSync('pdftotext', ['-layout', path, '-'], {
    encoding: 'utf8',
  });
}

test('a study from request to decision prints, saves as Word, survives a reload and travels as a bundle', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const study = new StudyPage(page);
  await study.openList();
  await study.create(STUDY);
  await fillStudy(study);

  await expect(study.matrix).toContainText('CUSTOMER SERVICE REPRESENTATIVE II');
  await expect(study.matrix).toContainText('CUSTOMER SERVICE SUPERVISOR');
  await expect(
    study.matrix.getByRole('columnheader', {
      name: /CUSTOMER SERVICE SUPERVISOR.*best fit/,
    }),
  ).toBeVisible();
  await expect(study.matrix).toContainText('(coverage weighed by percent of time)');

  await page.getByRole('link', { name: 'Open comparison' }).nth(1).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: /Position vs CUSTOMER SERVICE SUPERVISOR/,
    }),
  ).toBeVisible();
  await expect(page.getByText(/Saved as/)).toBeVisible();
  await page.getByRole('link', { name: /Back to the study/ }).click();

  await decide(study);

  const html = (await study.download('Save report as HTML')).toString('utf8');
  // Print goes through the same sandboxed printout frame as comparisons, with the same document as the saved HTML.
  const printed = await printedHtml(page, () => page.getByRole('button', { name: 'Print report…' }).click());
  expect(printed).toBe(html);
  const text = await pdfText(page, html, testInfo.outputPath('study.pdf'));
  const pages = text.split('\f').filter((pageText) => pageText.trim());
  for (const [index, pageText] of pages.entries()) {
    expect(pageText).toContain('Case RC-2026-014');
    expect(pageText).toContain(`Page ${index + 1} of ${pages.length}`);
    expect(pageText).toContain('Prepared by A. Analyst');
  }
  const at = SECTIONS.map((heading) => text.indexOf(heading));
  expect(at.every((position, index) => position >= 0 && (index === 0 || position > (at[index - 1] ?? 0)))).toBe(true);
  for (const expected of [
    'CUSTOMER SERVICE REPRESENTATIVE II',
    'CUSTOMER SERVICE SUPERVISOR',
    'Non-exempt',
    'Desk audit confirmed the unit of four.',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).toMatch(/886\.3\s+15\s+1\s+October\s+1990\s+July\s+2019/u);
  expect(text).toMatch(/886\.7\s+18\s+1\s+December\s+1994\s+July\s+2019/u);

  const { value: docxText } = await mammoth.extractRawText({
    buffer: await study.download('Save report as Word'),
  });
  for (const heading of SECTIONS) expect(docxText).toContain(heading);
  expect(docxText).toContain('December 1994');

  await page.reload();
  await expect(page.getByLabel('Case number')).toHaveValue('RC-2026-014');
  await expect(page.getByLabel('Duty 3', { exact: true })).toHaveValue(DUTIES[2]?.[0] ?? '');
  await expect(page.getByLabel('Percent of time, duty 3')).toHaveValue('35');
  await expect(page.getByLabel('Recommended class')).toHaveValue(/.+/);
  await expect(page.getByLabel('Rationale')).toHaveValue(/^Half of the time/);
  await expect(page.getByRole('list', { name: 'Status history' }).getByRole('listitem')).toHaveText([
    /Open$/,
    /Decided — Memo sent to the department$/,
  ]);

  const bundle = await study.download('Export study bundle');
  const bundlePath = testInfo.outputPath('study.reclass-study');
  await writeFile(bundlePath, bundle);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('reclass');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('could not delete'));
      }),
  );
  // A fresh start on an empty database: the seeds come back (same files, same ids), the study does not.
  await page.reload();
  await study.openList();
  await expect(page.getByText('No studies yet.')).toBeVisible();
  await page.getByLabel('Import a study bundle').setInputFiles(bundlePath);
  await expect(page.getByRole('heading', { level: 1, name: STUDY })).toBeVisible();
  expect((await study.download('Save report as HTML')).toString('utf8')).toBe(html);
  await page.goto('./#/studies');
  await page.getByLabel('Import a study bundle').setInputFiles(bundlePath);
  await expect(page.getByText(/is already here\. Import it as a copy/)).toBeVisible();
  await page.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${STUDY} (copy)` })).toBeVisible();
});

test('a damaged bundle imports nothing and says why', async ({ page }, testInfo) => {
  const study = new StudyPage(page);
  await study.openList();
  const path = testInfo.outputPath('damaged.reclass-study');
  await writeFile(
    path,
    '{"format":"reclass-study-bundle","formatVersion":1,"exportedAt":0,"checksum":{"algorithm":"SHA-256","value":"00"},"payload":{"study":',
  );
  await page.getByLabel('Import a study bundle').setInputFiles(path);
  await expect(
    page.getByText(/Nothing was imported from damaged\.reclass-study: The bundle is damaged or cut short/),
  ).toBeVisible();
  await expect(page.getByText('No studies yet.')).toBeVisible();
});
