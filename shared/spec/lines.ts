import type { Field, ListMarker } from './lineShape';
import type { Span } from '../model';

// Facts several readers ask about the same line, filled in on first use by lineShape.ts.
export type LineMemo = {
  marker?: ListMarker | null;
  fields?: readonly Field[];
  isFurniture?: boolean;
  normalized?: string;
  isBanner?: boolean;
};

export type Line = Readonly<{
  index: number;
  // Offset of the line's first character.
  start: number;
  // Offset just past the line's last character (the LF is not part of the line).
  end: number;
  // The line without leading and trailing white space; empty at `start` for a blank line.
  content: Span;
  // The characters of `content`.
  text: string;
  isBlank: boolean;
  memo: LineMemo;
}>;

function isWhiteSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0xfeff || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let contentStart = start;
    let contentEnd = end;
    while (contentStart < contentEnd && isWhiteSpace(text.charCodeAt(contentStart))) contentStart++;
    while (contentEnd > contentStart && isWhiteSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const isBlank = contentStart === contentEnd;
    lines.push({
      index: lines.length,
      start,
      end,
      content: isBlank ? { start, end: start } : { start: contentStart, end: contentEnd },
      text: text.slice(contentStart, contentEnd),
      isBlank,
      memo: {},
    });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

// Narrows [start, end) so it neither begins nor ends with white space.
export function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}

// Collapses every run of white space to one space (wrapped lines become one line).
export function collapseSpace(value: string): string {
  const trimmed = value.trim();
  // One native scan finds the rare statement that needs rewriting (measured faster than a character loop).
  return UNUSUAL_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

const UNUSUAL_SPACE = /\s\s|[^\S ]/;
