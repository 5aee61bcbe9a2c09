import type { PdfLine, PdfPage, PdfTextItem } from './pdfTypes';

const LIST_MARKER = /^(?:[•·▪◦‣∙○●■□➢➤►–\-\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF0A8\uF06E\uF0E8]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$/;

/** Separator between two runs on one line: nothing inside a word, a space, or a TAB across a column gap. */
function separator(left: string, leftEnd: number, item: PdfTextItem): string {
  const gap = item.x - leftEnd;
  const size = item.fontSize || 10;
  if (/\s$/.test(left) || /^\s/.test(item.text)) return '';
  if (gap > 2.5 * size && !LIST_MARKER.test(left.trim().split(/\s+/).pop() ?? '')) return '\t';
  if (gap > 0.15 * size) return ' ';
  return '';
}

function joinLine(items: readonly PdfTextItem[], page: number): PdfLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let fontSize = 0;
  for (const item of sorted) {
    text += text.length === 0 ? item.text : separator(text, end, item) + item.text;
    end = Math.max(end, item.x + item.width);
    fontSize = Math.max(fontSize, item.fontSize);
  }
  const first = sorted[0];
  return { text: text.replace(/ {2,}/g, ' ').trim(), x: first?.x ?? 0, y: first?.y ?? 0, fontSize, page };
}

/** Groups a page's text runs into lines (same baseline within tolerance), top to bottom, left to right. */
export function buildLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((item) => item.text.trim().length > 0);
  const byBaseline = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: PdfTextItem[] = [];
  let baseline = 0;
  let tolerance = 0;
  for (const item of byBaseline) {
    if (current.length > 0 && Math.abs(item.y - baseline) <= tolerance) {
      current.push(item);
      continue;
    }
    if (current.length > 0) lines.push(joinLine(current, page.index));
    current = [item];
    baseline = item.y;
    tolerance = Math.max(1, 0.4 * (item.fontSize || 10));
  }
  if (current.length > 0) lines.push(joinLine(current, page.index));
  return lines.filter((line) => line.text.length > 0);
}
