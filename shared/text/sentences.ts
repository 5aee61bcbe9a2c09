/** A stretch of text by offsets, `[start, end)` (the shape of the spec model's `Span`). */
export type TextRange = Readonly<{ start: number; end: number }>;

export type SentenceOptions = Readonly<{
  /** Also end at a semicolon and at a colon closing a line: factor cues are read clause by clause. */
  atClauses?: boolean;
}>;

// Words that end in a full stop without ending the sentence. "etc." is not one: it ends a list, and
// a sentence when a capital follows (which every sentence end needs anyway).
const ABBREVIATIONS = new Set(['i.e', 'e.g', 'no', 'st', 'dr', 'mr', 'ms', 'mrs', 'jr', 'sr', 'vs', 'approx', 'incl', 'dept', 'govt', 'min', 'max', 'ed', 'cf']);
const LIST_MARKER = /^(?:[•\-*▪◦●–·]|\(?\d{1,3}[.)]|\(?[A-Za-z][.)])\s+/;
const LIST_START = /^[ \t]*(?:[•\-*▪◦●–·]|\(?\d{1,3}[.)]|\(?[A-Za-z][.)])\s/;
const SENTENCE_OPENING = /[\p{Lu}\p{N}("“]/u;

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f' || char === '\v';

/** Initials ("J. Smith"), dotted acronyms ("U.S.") and the listed abbreviations. */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[A-Za-z.]/.test(text[from - 1] ?? '')) from--;
  const word = text.slice(from, dot);
  return ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$|^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

function isSentenceEnd(text: string, at: number): boolean {
  const mark = text[at];
  if (!isSpace(text[at + 1])) return false;
  let after = at + 1;
  while (after < text.length && isSpace(text[after])) after++;
  if (!SENTENCE_OPENING.test(text[after] ?? '')) return false;
  return mark !== '.' || !isAbbreviation(text, at);
}

/** A colon with only spaces between it and the line feed at `lineFeed`. */
function endsWithColon(text: string, lineFeed: number, floor: number): boolean {
  let at = lineFeed - 1;
  while (at >= floor && (text[at] === ' ' || text[at] === '\t' || text[at] === '\r')) at--;
  return at >= floor && text[at] === ':';
}

function trimRange(text: string, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  return { start: from, end: to };
}

/**
 * The sentences of `text` within `range`, as trimmed ranges without a leading list marker. A
 * sentence ends at a full stop, question or exclamation mark followed by a new sentence (not after
 * an abbreviation or initial), at a blank line and where a list item starts.
 */
export function splitSentences(text: string, range: TextRange, options: SentenceOptions = {}): TextRange[] {
  const sentences: TextRange[] = [];
  let from = range.start;
  const push = (to: number): void => {
    const { start, end } = trimRange(text, from, to);
    const marker = LIST_MARKER.exec(text.slice(start, Math.min(end, start + 8)));
    const sentenceStart = marker ? start + marker[0].length : start;
    if (end > sentenceStart) sentences.push({ start: sentenceStart, end });
    from = to;
  };
  const atClauses = options.atClauses === true;
  for (let at = range.start; at < range.end; at++) {
    const code = text.charCodeAt(at);
    // Only a line feed, a full stop, question or exclamation mark (or, by clause, a semicolon) can end a sentence.
    if (code === 10) {
      const rest = text.slice(at + 1, Math.min(range.end, at + 12));
      if (/^[ \t]*\n/.test(rest) || LIST_START.test(rest) || (atClauses && endsWithColon(text, at, from))) push(at + 1);
    } else if (code === 46 || code === 63 || code === 33) {
      if (isSentenceEnd(text, at)) push(at + 1);
    } else if (code === 59 && atClauses && isSpace(text[at + 1])) {
      push(at + 1);
    }
  }
  push(range.end);
  return sentences;
}
