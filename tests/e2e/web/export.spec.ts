import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { ComparePage, HOUSTON_SUPERVISOR, SECTION_CHIEF } from '../pages/comparePage';
import { LibraryPage } from '../pages/libraryPage';

async function download(page: Page, button: string): Promise<Buffer> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile(await (await pending).path());
}

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its argument as an ArrayBuffer-like; hand it exactly the file's bytes.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

test('the comparison exports to XLSX: one sheet per table, styled header, numbers typed as numbers', async ({
  page,
}) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const workbook = await readWorkbook(await download(page, 'Export XLSX'));
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Factors', 'Duties']);

  const summary = workbook.getWorksheet('Summary');
  expect(summary?.getRow(2).values).toEqual([
    undefined,
    'Title',
    'CUSTOMER SERVICE SUPERVISOR',
    'CUSTOMER SERVICE SECTION CHIEF',
  ]);
  const coverage = summary?.getRow(6).values as unknown[];
  expect(coverage[1]).toBe('Duties covered by the other class (%)');
  expect(typeof coverage[2]).toBe('number');

  const factors = workbook.getWorksheet('Factors');
  expect(factors?.getRow(1).font?.bold).toBe(true);
  const supervision = factors
    ?.getRows(2, (factors?.rowCount ?? 1) - 1)
    ?.find((row) => row.getCell(1).value === 'Supervision exercised');
  expect(typeof supervision?.getCell(2).value).toBe('number');
  expect(supervision?.getCell(10).value).toBe(
    Number(supervision?.getCell(6).value) - Number(supervision?.getCell(2).value),
  );

  const duties = workbook.getWorksheet('Duties');
  expect(duties?.getRow(1).getCell(3).value).toBe('Relation');
  const scores = (duties?.getRows(2, (duties?.rowCount ?? 1) - 1) ?? [])
    .map((row) => row.getCell(4).value)
    .filter((value) => value !== null);
  expect(scores.length).toBeGreaterThan(0);
  expect(scores.every((value) => typeof value === 'number')).toBe(true);
});

test('a table exports to CSV with a BOM, RFC 4180 quoting and CRLF line ends', async ({ page }) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const csv = (await download(page, 'Duties CSV')).toString('utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header] = csv.slice(1).split('\r\n');
  expect(header).toBe('A #,Duty in A,Relation,Score (%),Why paired,Also done by,B #,Duty in B,Notes');
  expect(csv).toMatch(/"[^"]*, [^"]*"/);
});

test('the series ladder exports its factor and duty tables', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await page.goto('./#/series');
  await page.getByRole('combobox', { name: 'Job family' }).selectOption({ index: 1 });
  await expect(page.getByRole('table', { name: /Factor levels by grade/ })).toBeVisible();
  const workbook = await readWorkbook(await download(page, 'Export XLSX'));
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Series factors', 'Series duties']);
  const complexity = workbook
    .getWorksheet('Series factors')
    ?.getRows(2, 20)
    ?.find((row) => row.getCell(1).value === 'Complexity');
  expect(typeof complexity?.getCell(2).value).toBe('number');
});
