/** A stretch of text by offsets, `[start, end)` (the shape of the spec model's `Span`). */
export type TextRange = Readonly<{ start: number; end: number }>;

export type SentenceOptions = Readonly<{
  /** Also end at a semicolon and at a colon closing a line: factor cues are read clause by clause. */
  atClauses?: boolean;
}>;

// Words that end in a full stop without ending the sentence. "etc." is not one: it ends a list, and
// a sentence when a capital follows (which every sentence end needs anyway).
const ABBREVIATIONS = new Set([
  'i.e',
  'e.g',
  'no',
  'st',
  'dr',
  'mr',
  'ms',
  'mrs',
  'jr',
  'sr',
  'vs',
  'approx',
  'incl',
  'dept',
  'govt',
  'min',
  'max',
  'ed',
  'cf',
]);
// Sticky (read at lastIndex): the splitter looks at one place in a long text without copying it.
const LIST_MARKER = /(?:[•\-*▪◦●–·]|\(?\d{1,3}[.)]|\(?[A-Za-z][.)])\s+/y;
const LIST_START = /[ \t]*(?:[•\-*▪◦●–·]|\(?\d{1,3}[.)]|\(?[A-Za-z][.)])\s/y;
const BLANK_LINE_AHEAD = /[ \t]*\n/y;
const SENTENCE_OPENING = /[\p{Lu}\p{N}("“]/u;
const CANDIDATES = /[\n.?!]/g;
const CLAUSE_CANDIDATES = /[\n.?!;]/g;

const matchesAt = (pattern: RegExp, text: string, at: number): number => {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : 0;
};

const isSpace = (char: string | undefined): boolean =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f' || char === '\v';

const isLetterOrDot = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
// The longest word the rule can match (a dotted acronym such as "U.S.A.F"): longer words are never abbreviations.
const LONGEST_ABBREVIATION = 9;

/** Initials ("J. Smith"), dotted acronyms ("U.S.") and the listed abbreviations. */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && isLetterOrDot(text.charCodeAt(from - 1))) from--;
  if (dot - from > LONGEST_ABBREVIATION) return false;
  const word = text.slice(from, dot);
  return ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$|^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

/** Capital letters, digits, an opening parenthesis or quote: what a new sentence starts with. */
function opensSentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 40 || code === 34;
  return SENTENCE_OPENING.test(text[at] ?? '');
}

function isSentenceEnd(text: string, at: number): boolean {
  const mark = text[at];
  if (!isSpace(text[at + 1])) return false;
  let after = at + 1;
  while (after < text.length && isSpace(text[after])) after++;
  if (after >= text.length || !opensSentence(text, after)) return false;
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
    const marker = Math.min(matchesAt(LIST_MARKER, text, start), 8);
    const sentenceStart = marker > 0 && start + marker <= end ? start + marker : start;
    if (end > sentenceStart) sentences.push({ start: sentenceStart, end });
    from = to;
  };
  const atClauses = options.atClauses === true;
  // Only a line feed, a full stop, question or exclamation mark (or, by clause, a semicolon) can end a sentence.
  const candidates = atClauses ? CLAUSE_CANDIDATES : CANDIDATES;
  candidates.lastIndex = range.start;
  for (let found = candidates.exec(text); found && found.index < range.end; found = candidates.exec(text)) {
    const at = found.index;
    const code = text.charCodeAt(at);
    if (code === 10) {
      const isBreak = matchesAt(BLANK_LINE_AHEAD, text, at + 1) > 0 || matchesAt(LIST_START, text, at + 1) > 0;
      if (isBreak || (atClauses && endsWithColon(text, at, from))) push(at + 1);
    } else if (code === 59) {
      if (isSpace(text[at + 1])) push(at + 1);
    } else if (isSentenceEnd(text, at)) {
      push(at + 1);
    }
  }
  push(range.end);
  return sentences;
}
