import type { Span } from '../model';

// "Prepares", "Reviews", "Analyzes": a capitalized word in the third person, as duty lists open their items.
const LEADING_VERB = /^\p{Lu}\p{Ll}+s(?=[\s,]|$)/u;
const NOT_VERB_ENDING = /(?:ss|us|is)$/;
const FULL_LINE_SHARE = 0.92;
// A line ending like this runs on into the next one.
const CONTINUED_END = /[-‐,;:&/(]$/;
const CONTINUED_WORD = new Set([
  'a',
  'all',
  'an',
  'and',
  'any',
  'as',
  'at',
  'between',
  'both',
  'but',
  'by',
  'either',
  'for',
  'from',
  'in',
  'including',
  'into',
  'its',
  'nor',
  'of',
  'on',
  'or',
  'other',
  'per',
  'such',
  'than',
  'that',
  'the',
  'their',
  'to',
  'under',
  'which',
  'with',
  'within',
]);

function leadingVerb(line: string): string | null {
  const word = LEADING_VERB.exec(line)?.[0];
  return word === undefined || NOT_VERB_ENDING.test(word) ? null : word;
}

function endsContinued(line: string): boolean {
  if (CONTINUED_END.test(line)) return true;
  const lastWord = line.slice(line.lastIndexOf(' ') + 1).toLowerCase();
  return CONTINUED_WORD.has(lastWord);
}

/**
 * Splits a paragraph printed one duty per line without bullets or periods ("Prepares ...\nReviews ...")
 * into its items, or returns null when it reads as one wrapped statement. A line starts a new item when it
 * opens with a capitalized verb, the line before does not run on (comma, hyphen, conjunction), and either
 * the verb would have fitted at the end of the line before (so the break was not made by word wrapping)
 * or every line of the paragraph opens with a verb.
 */
export function splitVerbLines(text: string, lines: readonly Span[]): Span[][] | null {
  const first = lines[0];
  if (lines.length < 2 || first === undefined || leadingVerb(text.slice(first.start, first.end)) === null) return null;
  const width = Math.max(...lines.map((line) => line.end - line.start));
  // Three or more lines that all open with a verb are a list even when no line wraps to show the width.
  const isEveryLineVerb =
    lines.length >= 3 && lines.every((line) => leadingVerb(text.slice(line.start, line.end)) !== null);
  const items: Span[][] = [[first]];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const previous = lines[i - 1];
    if (line === undefined || previous === undefined) continue;
    const verb = leadingVerb(text.slice(line.start, line.end));
    const previousText = text.slice(previous.start, previous.end);
    // Characters stand in for widths; proportional type makes that rough, so a line within a few percent of full counts as full.
    const wouldHaveFitted = verb !== null && previousText.length + 1 + verb.length <= width * FULL_LINE_SHARE;
    if (verb !== null && (wouldHaveFitted || isEveryLineVerb) && !endsContinued(previousText)) items.push([line]);
    else items[items.length - 1]?.push(line);
  }
  return items.length > 1 ? items : null;
}
