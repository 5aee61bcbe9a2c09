import type { CellValue, SheetModel } from './sheet';

/** Excel opens a UTF-8 CSV correctly only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet would run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted per RFC 4180 when it holds a comma, quote or line break; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV text: header row first, CRLF line ends, with the BOM for Excel. */
export function buildCsv(sheet: SheetModel): string {
  const lines = [sheet.columns.map((column) => csvField(column.header)), ...sheet.rows.map((row) => row.map(csvField))];
  return `${UTF8_BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
