import type { PdfLine } from './pdfTypes';

/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const EDGE_LINES = 3;
const PAGE_NUMBER = [
  /^(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\d{1,4}$/,
];

const maskKey = (line: PdfLine): string =>
  `${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}@${Math.round(line.y / 6)}`;

/** The top and bottom lines of a page; on a short page at most a third from each end, so its body is never a candidate. */
function edgeLines(page: readonly PdfLine[]): PdfLine[] {
  const count = Math.min(EDGE_LINES, Math.floor(page.length / 3));
  if (count === 0) return [];
  return [...page.slice(0, count), ...page.slice(-count)];
}

const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((pattern) => pattern.test(text.trim()));

/**
 * Drops running headers and footers (a top or bottom line repeated at the same height on most
 * pages, digits ignored so "Page 2" matches "Page 3") and page numbers at the top or bottom.
 */
export function dropPageFurniture(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const pagesWithText = pages.filter((page) => page.length > 0).length;
  const seenOnPages = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(edgeLines(page).map(maskKey))) seenOnPages.set(key, (seenOnPages.get(key) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(pagesWithText * 0.5));
  return pages.map((page) => {
    const edges = new Set(edgeLines(page));
    return page.filter((line) => {
      if (!edges.has(line)) return true;
      if (isPageNumber(line.text)) return false;
      return (seenOnPages.get(maskKey(line)) ?? 0) < repeatedOn;
    });
  });
}
