import type { PdfLine, PdfPage, PdfTextItem } from './pdfTypes';

const LIST_MARKER =
  /^(?:[•·▪◦‣∙○●■□➢➤►–\-\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF0A8\uF06E\uF0E8]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$/;

const COLUMN_GAP = 2.5;
// A narrower gap is a column gap too when the run starts where other rows of the page start a column
// (a two-column table whose long label nearly fills its cell: "Typical Duties/Job Duties   Operational …").
const ALIGNED_COLUMN_GAP = 1;
const COLUMN_TOLERANCE = 2;

/** Separator between two runs on one line: nothing inside a word, a space, or a TAB across a column gap. */
function separator(left: string, leftEnd: number, item: PdfTextItem, columns: readonly number[]): string {
  const gap = item.x - leftEnd;
  const size = item.fontSize || 10;
  if (/\s$/.test(left) || /^\s/.test(item.text)) return '';
  const isColumnGap =
    gap > COLUMN_GAP * size ||
    (gap > ALIGNED_COLUMN_GAP * size && columns.some((x) => Math.abs(x - item.x) <= COLUMN_TOLERANCE));
  if (isColumnGap && !LIST_MARKER.test(left.trim().split(/\s+/).pop() ?? '')) return '\t';
  if (gap > 0.15 * size) return ' ';
  return '';
}

/** Where two or more rows of the page start a cell after a wide gap: the page's table columns. */
function columnStarts(rows: readonly (readonly PdfTextItem[])[]): number[] {
  const starts: number[] = [];
  for (const row of rows) {
    const sorted = [...row].sort((a, b) => a.x - b.x);
    for (let index = 1; index < sorted.length; index += 1) {
      const left = sorted[index - 1];
      const item = sorted[index];
      if (left && item && item.x - (left.x + left.width) > COLUMN_GAP * (item.fontSize || 10)) starts.push(item.x);
    }
  }
  return starts.filter((x, index) =>
    starts.some((other, at) => at !== index && Math.abs(other - x) <= COLUMN_TOLERANCE),
  );
}

function joinLine(items: readonly PdfTextItem[], page: number, columns: readonly number[]): PdfLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let fontSize = 0;
  for (const item of sorted) {
    text += text.length === 0 ? item.text : separator(text, end, item, columns) + item.text;
    end = Math.max(end, item.x + item.width);
    fontSize = Math.max(fontSize, item.fontSize);
  }
  const first = sorted[0];
  return { text: text.replace(/ {2,}/g, ' ').trim(), x: first?.x ?? 0, y: first?.y ?? 0, fontSize, page, right: end };
}

/** Groups a page's text runs into lines (same baseline within tolerance), top to bottom, left to right. */
export function buildLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((item) => item.text.trim().length > 0);
  const byBaseline = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  let current: PdfTextItem[] = [];
  let baseline = 0;
  let tolerance = 0;
  for (const item of byBaseline) {
    if (current.length > 0 && Math.abs(item.y - baseline) <= tolerance) {
      current.push(item);
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [item];
    baseline = item.y;
    tolerance = Math.max(1, 0.4 * (item.fontSize || 10));
  }
  if (current.length > 0) rows.push(current);
  const columns = columnStarts(rows);
  return rows.map((row) => joinLine(row, page.index, columns)).filter((line) => line.text.length > 0);
}
