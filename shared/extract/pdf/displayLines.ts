import { isTitleCase } from '../../text';
import type { PdfLine } from './pdfTypes';

// A line set clearly larger than the running text (a printed page's title or section heading), by font size.
const DISPLAY_RATIO = 1.3;
const MAX_DISPLAY_WORDS = 12;
// A longer display line counts only when its words are capitalized like a heading, not like a sentence ("Become a member of ...").
const MAX_SENTENCE_CASE_WORDS = 5;
// Two display lines this close (in font sizes) are one heading wrapped, not two headings.
const WRAPPED_PITCH = 1.6;
// An icon font's glyph mapped to ASCII punctuation, printed in a cell of its own beside a heading ("Manager\t!").
const ICON_CELLS = /(?:\t[^\p{L}\p{N}\t]{1,2})+$/u;

const sizeKey = (size: number): number => Math.round(size * 10) / 10;

/** The size most of the text is set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const characters = new Map<number, number>();
  for (const line of lines)
    characters.set(sizeKey(line.fontSize), (characters.get(sizeKey(line.fontSize)) ?? 0) + line.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of characters) {
    if (count > most) [best, most] = [size, count];
  }
  return best;
}

function isDisplayText(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (words > MAX_DISPLAY_WORDS || !/^[\p{L}\p{N}]/u.test(text) || /[.;,]$/.test(text) || text.includes('\t'))
    return false;
  return words <= MAX_SENTENCE_CASE_WORDS || isTitleCase(text);
}

// `lastY`: baseline of the last line joined in.
type Display = { line: PdfLine; text: string; lastY: number };

/** The display lines of a page, a heading wrapped over several lines joined into one. */
function joinWrapped(page: readonly PdfLine[], threshold: number): (PdfLine | Display)[] {
  const out: (PdfLine | Display)[] = [];
  for (const line of page) {
    const isLarge = line.fontSize >= threshold && /\p{L}/u.test(line.text);
    const previous = out[out.length - 1];
    const text = line.text.replace(ICON_CELLS, '');
    const isWrapped =
      isLarge &&
      previous !== undefined &&
      'line' in previous &&
      sizeKey(previous.line.fontSize) === sizeKey(line.fontSize) &&
      previous.lastY - line.y <= line.fontSize * WRAPPED_PITCH;
    if (isWrapped) {
      previous.text = `${previous.text} ${text}`;
      previous.lastY = line.y;
      continue;
    }
    out.push(isLarge ? { line, text, lastY: line.y } : line);
  }
  return out;
}

/**
 * Marks the lines a printed page sets clearly larger than its running text the way the HTML and Word
 * readers mark headings: "# " for the page's one largest line when it reads like a title, "## " for the
 * others. A heading wrapped over several lines becomes one line. Documents set in one size are unchanged.
 */
export function markDisplayLines(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const body = bodySize(pages.flat());
  const threshold = body * DISPLAY_RATIO;
  if (!pages.some((page) => page.some((line) => line.fontSize >= threshold))) return pages.map((page) => [...page]);
  const joined = pages.map((page) => joinWrapped(page, threshold));
  const displays = joined.flat().filter((entry): entry is Display => 'line' in entry && isDisplayText(entry.text));
  const largest = Math.max(...displays.map((entry) => sizeKey(entry.line.fontSize)));
  const titles = displays.filter((entry) => sizeKey(entry.line.fontSize) === largest);
  const title =
    titles.length === 1 && titles[0]?.line.page === 0 && isTitleCase(titles[0].text) ? titles[0] : undefined;
  const marked = new Set(displays);
  return joined.map((page) =>
    page.map((entry) => {
      if (!('line' in entry)) return entry;
      if (!marked.has(entry)) return { ...entry.line, text: entry.text };
      return { ...entry.line, text: `${entry === title ? '#' : '##'} ${entry.text}` };
    }),
  );
}
