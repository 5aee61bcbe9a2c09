import type { MappedText, SourceRun } from '../text/mappedText';
import { joinHyphenated, vocabularyOf } from './dehyphenate';
import type { PdfLine } from './pdfTypes';

const ENDS_SENTENCE = /[.!?]["”’)]?$/;
const STARTS_NEW_BLOCK = /^[A-Z0-9"“(]/;
const LIST_START = /^(?:[•·▪◦‣∙○●■□➢➤►–-]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s)/;

/** The lower quartile: where single-line paragraphs are as common as wrapped lines, the median would be a paragraph gap. */
function lowerQuartile(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)] ?? 0;
}

/** Line pitch relative to font size: the document's usual value, so a clearly larger gap marks a paragraph. */
function usualPitch(pages: readonly (readonly PdfLine[])[]): number {
  const pitches: number[] = [];
  for (const page of pages) {
    for (let index = 1; index < page.length; index += 1) {
      const above = page[index - 1];
      const line = page[index];
      if (!above || !line) continue;
      const gap = above.y - line.y;
      if (gap > 0) pitches.push(gap / Math.max(1, line.fontSize, above.fontSize));
    }
  }
  return lowerQuartile(pitches);
}

/** A page break is a paragraph break only when the old page ended a sentence and the new one starts a block. */
const pageBreakIsParagraph = (last: PdfLine, first: PdfLine): boolean =>
  ENDS_SENTENCE.test(last.text) && STARTS_NEW_BLOCK.test(first.text) && !LIST_START.test(first.text);

const COLUMN_TOLERANCE = 2;

/** The right edge of each page's text block per left edge: where a full line of that column ends. */
function columnRights(lines: readonly PdfLine[]): Map<string, number> {
  const rights = new Map<string, number>();
  for (const line of lines) {
    if (line.right === undefined) continue;
    const key = `${line.page}:${Math.round(line.x / COLUMN_TOLERANCE)}`;
    rights.set(key, Math.max(rights.get(key) ?? 0, line.right));
  }
  return rights;
}

/**
 * Paragraphs printed without a larger gap: the line before ended a sentence well short of the
 * column's right edge, so short that this line's first word would have fitted there, and this
 * line starts a new sentence at the same left edge. A wrapped line never ends that way.
 */
function endsShortOfColumn(previous: PdfLine, line: PdfLine, rights: ReadonlyMap<string, number>): boolean {
  if (previous.right === undefined || line.right === undefined || Math.abs(previous.x - line.x) > COLUMN_TOLERANCE)
    return false;
  if (!ENDS_SENTENCE.test(previous.text) || !/^\p{Lu}/u.test(line.text) || LIST_START.test(line.text)) return false;
  const columnRight = rights.get(`${line.page}:${Math.round(line.x / COLUMN_TOLERANCE)}`) ?? line.right;
  const characterWidth = (line.right - line.x) / Math.max(1, line.text.length);
  const firstWord = line.text.split(/\s/, 1)[0] ?? '';
  return previous.right + (firstWord.length + 1) * characterWidth < columnRight;
}

/** Joins split words in place across consecutive lines (page breaks included). */
function dehyphenateLines(lines: PdfLine[]): PdfLine[] {
  const vocabulary = vocabularyOf(lines.map((line) => line.text));
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const line = lines[index];
    const next = lines[index + 1];
    if (!line || !next) continue;
    const joined = joinHyphenated(line.text, next.text, vocabulary);
    if (joined) {
      lines[index] = { ...line, text: joined[0] };
      lines[index + 1] = { ...next, text: joined[1] };
    }
  }
  return lines.filter((line) => line.text.length > 0);
}

/**
 * Lines of all pages → one text: LF between lines of a paragraph, a blank line where the
 * vertical gap is clearly larger than the usual line pitch, and a source run per page.
 */
export function assembleText(pages: readonly (readonly PdfLine[])[]): MappedText {
  const pitch = usualPitch(pages);
  const lines = dehyphenateLines(pages.flat());
  const rights = columnRights(lines);
  let text = '';
  const runs: SourceRun[] = [];
  let runStart = 0;
  let previous: PdfLine | undefined;
  for (const line of lines) {
    if (previous) {
      let paragraph: boolean;
      if (previous.page !== line.page) {
        paragraph = pageBreakIsParagraph(previous, line);
        runs.push({ span: { start: runStart, end: text.length }, sourceStart: previous.page, page: previous.page + 1 });
        runStart = text.length;
      } else {
        const gap = (previous.y - line.y) / Math.max(1, line.fontSize, previous.fontSize);
        paragraph = (pitch > 0 && gap > pitch * 1.35 + 0.1) || endsShortOfColumn(previous, line, rights);
      }
      text += paragraph ? '\n\n' : '\n';
    }
    text += line.text;
    previous = line;
  }
  if (previous)
    runs.push({ span: { start: runStart, end: text.length }, sourceStart: previous.page, page: previous.page + 1 });
  return { text, runs };
}
