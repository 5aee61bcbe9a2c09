import type { Line } from './lines';
import { isBannerNormalized, normalizeHeading } from './headingVocabulary';
import type { Span } from '../model';

export type ListMarker = Readonly<{
  kind: 'bullet' | 'number' | 'letter' | 'percent';
  // Offset where the item's own text begins (after the marker).
  textStart: number;
  percentTime?: number;
}>;

const BULLET = /^(?:[•\-*▪◦●–—·‣○■□➢►✓❖]|o(?=\s+[A-Za-z(]))\s+(?=\S)/;
const NUMBERED = /^(?:\(\d{1,3}\)|\d{1,3}[.)])\s+(?=\S)/;
const LETTERED = /^(?:\([A-Za-z]\)|\([ivxIVX]{1,4}\)|[A-Za-z][.)]|[ivxIVX]{1,4}[.)])\s+(?=\S)/;
const PERCENT_FIRST = /^(\d{1,3}(?:\.\d+)?)\s?%\s*(?:[-–:]\s*)?(?=[A-Za-z])/;

// The bullet, number, letter or leading "30%" that opens a list item, if the line has one.
export function readListMarker(line: Line): ListMarker | null {
  if (line.memo.marker === undefined) line.memo.marker = findListMarker(line);
  return line.memo.marker;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function findListMarker(line: Line): ListMarker | null {
  const { text } = line;
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  // Most lines open with a word: only "o ", "a.", "(a)" or a roman numeral can make a letter a marker.
  if (Number.isNaN(first) || (isAsciiLetter(first) && isAsciiLetter(second) && !'ivxIVX'.includes(text[0] ?? '')))
    return null;
  const percent = PERCENT_FIRST.exec(text);
  if (percent?.[1] !== undefined) {
    return { kind: 'percent', textStart: line.content.start + percent[0].length, percentTime: Number(percent[1]) };
  }
  for (const [kind, pattern] of [
    ['bullet', BULLET],
    ['number', NUMBERED],
    ['letter', LETTERED],
  ] as const) {
    const match = pattern.exec(text);
    if (match) return { kind, textStart: line.content.start + match[0].length };
  }
  return null;
}

const PAGE_NUMBER = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*(?:\/|of)\s*\d+)$/i;
const CONTINUED_MARK = /\(\s*cont(?:inued|'d|\.)?\s*\)\s*:?$|\bcont(?:inued|'d)?\s*\.{2,}$|^\(?continued\b.{0,30}$/i;
const PAGE_INSIDE = /\bpage\s+\d+\s+of\s+\d+\b/i;

const FURNITURE_HINT = /cont|page|^[-\d\s/of]+$/i;

// Running headers, page numbers and "(continued)" markers: print furniture, not content.
export function isPageFurniture(line: Line): boolean {
  line.memo.isFurniture ??= findPageFurniture(line);
  return line.memo.isFurniture;
}

// The line in the form the heading vocabulary matches, computed once per line.
export function normalizedText(line: Line): string {
  line.memo.normalized ??= normalizeHeading(line.text);
  return line.memo.normalized;
}

// A letterhead line naming the employer or the document type; asked by the heading, title and duty readers alike.
export function isBannerLine(line: Line): boolean {
  line.memo.isBanner ??= isBannerNormalized(normalizedText(line));
  return line.memo.isBanner;
}

function findPageFurniture(line: Line): boolean {
  const { text } = line;
  if (text.length === 0 || text.length > 100 || !FURNITURE_HINT.test(text)) return false;
  if (PAGE_NUMBER.test(text) || CONTINUED_MARK.test(text)) return true;
  return PAGE_INSIDE.test(text) && countWords(text) <= 12;
}

export type Field = Readonly<{
  label: string;
  labelSpan: Span;
  value: string;
  valueSpan: Span;
  normalizedLabel: string;
}>;

const CELL_SEPARATOR = /\t+| {3,}/g;
const COLON_FIELD = /^(?:\*\*|__)?([A-Za-z][A-Za-z0-9 .,&/'’()#-]{0,50}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/;
// "Grade 31", "Class Code 7.636": a code or grade printed beside the title without a colon.
const BARE_FIELD =
  /^((?:pay |salary )?grade|(?:pay |salary )?range|(?:class|job) (?:code|number|no\.?))\s+#?([A-Za-z]{0,3}[- ]?\d[\w.-]*)$/i;
const MARKUP_EDGE = /^(?:\*\*|__)+|(?:\*\*|__)+$/g;

type Cell = Readonly<{ text: string; start: number }>;

function splitCells(line: Line): Cell[] {
  if (!line.text.includes('\t') && !line.text.includes('   ')) return [{ text: line.text, start: line.content.start }];
  const cells: Cell[] = [];
  let from = 0;
  CELL_SEPARATOR.lastIndex = 0;
  for (let match = CELL_SEPARATOR.exec(line.text); match; match = CELL_SEPARATOR.exec(line.text)) {
    cells.push({ text: line.text.slice(from, match.index), start: line.content.start + from });
    from = match.index + match[0].length;
  }
  cells.push({ text: line.text.slice(from), start: line.content.start + from });
  return cells.filter((cell) => cell.text.length > 0);
}

function valueOf(raw: string, start: number): { value: string; span: Span } {
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const inner = trimmed.replace(MARKUP_EDGE, '');
  const offset = start + leading + trimmed.indexOf(inner);
  const value = inner.trim();
  const valueStart = offset + inner.indexOf(value);
  return { value, span: { start: valueStart, end: valueStart + value.length } };
}

function isLabelText(label: string): boolean {
  return countWords(label) <= 6 && /[A-Za-z]/.test(label) && !/[.;]$/.test(label);
}

// "Label: value" pairs on a line: the colon form, cells split by tabs (DOCX/HTML tables)
// or by wide gaps (PDF), and a "Label:" cell followed by its value cell.
export function readFields(line: Line): readonly Field[] {
  line.memo.fields ??= findFields(line);
  return line.memo.fields;
}

function findFields(line: Line): readonly Field[] {
  const isTabbed = line.text.includes('\t');
  if (line.isBlank || line.text.length > 400 || (!isTabbed && !line.text.includes(':') && !line.text.includes('   ')))
    return [];
  return splitFields(line, isTabbed);
}

function field(label: string, labelSpan: Span, value: string, valueSpan: Span): Field {
  return { label, labelSpan, value, valueSpan, normalizedLabel: normalizeHeading(label) };
}

// COLON_FIELD stops at the first colon and allows at most a 51-character label in bold markup
// before it, so a colon further in (a sentence ending "the following:") can skip the regex.
const MAX_LABEL_PREFIX = 55;

function mayOpenWithLabel(cell: string): boolean {
  const colonAt = cell.indexOf(':');
  if (colonAt === -1) return false;
  let end = colonAt;
  while (end > 0 && /\s/.test(cell.charAt(end - 1))) end--;
  return end <= MAX_LABEL_PREFIX;
}

function splitFields(line: Line, isTabbed: boolean): Field[] {
  const cells = splitCells(line);
  const fields: Field[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === undefined) continue;
    const bare = cells.length > 1 ? BARE_FIELD.exec(cell.text) : null;
    if (bare?.[1] !== undefined && bare[2] !== undefined) {
      const valueStart = cell.start + cell.text.length - bare[2].length;
      fields.push(
        field(bare[1], { start: cell.start, end: cell.start + bare[1].length }, bare[2], {
          start: valueStart,
          end: valueStart + bare[2].length,
        }),
      );
      continue;
    }
    const colon = mayOpenWithLabel(cell.text) ? COLON_FIELD.exec(cell.text) : null;
    const labelText = colon?.[1]?.trim();
    if (colon && labelText !== undefined && isLabelText(labelText)) {
      const labelStart = cell.start + cell.text.indexOf(labelText);
      const labelSpan = { start: labelStart, end: labelStart + labelText.length };
      const rest = cell.text.slice(colon[0].length);
      const next = cells[i + 1];
      if (rest.trim().length === 0 && next !== undefined) {
        const { value, span } = valueOf(next.text, next.start);
        fields.push(field(labelText, labelSpan, value, span));
        i++;
      } else if (rest.trim().length > 0) {
        const { value, span } = valueOf(rest, cell.start + colon[0].length);
        fields.push(field(labelText, labelSpan, value, span));
      }
      continue;
    }
    const next = cells[i + 1];
    // "Position\t60035046\tSalary Grade\tDT07": label and value cells side by side, pair after pair.
    if (
      isTabbed &&
      i % 2 === 0 &&
      fields.length === i / 2 &&
      next !== undefined &&
      isLabelText(cell.text) &&
      countWords(cell.text) <= 4
    ) {
      const { value, span } = valueOf(next.text, next.start);
      fields.push(field(cell.text, { start: cell.start, end: cell.start + cell.text.length }, value, span));
      i++;
    }
  }
  return fields;
}

export function countWords(value: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const isSpace = value.charCodeAt(i) <= 32;
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}

// countWords(value) > max, without counting past max + 1 (a long paragraph is settled at its seventh word, not its last).
export function hasMoreWords(value: string, max: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const isSpace = value.charCodeAt(i) <= 32;
    if (!isSpace && !inWord && ++count > max) return true;
    inWord = !isSpace;
  }
  return false;
}

// Letters present and none of them lower case ("JOB FAMILY:", "ANALYST II").
export function isAllCaps(value: string): boolean {
  if (value.length < 2) return false;
  let hasLetter = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) hasLetter = true;
    else if (code > 127) return value === value.toUpperCase() && value !== value.toLowerCase();
  }
  return hasLetter;
}
