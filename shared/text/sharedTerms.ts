import { isStopWord } from './stopWords';
import { analyzeText } from './tokenize';

/** A run of a statement's own text, marked when it is one of the terms the other statement shares. */
export type TermRun = Readonly<{ text: string; shared: boolean }>;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

/** The content term of one printed word ("Schedules" → its stem through the synonym table), or null for stop words and lone letters. */
function termOfWord(word: string): string | null {
  const analyzed = analyzeText(word);
  return analyzed.terms.length === 1 && !isStopWord(analyzed.normalized) ? (analyzed.terms[0] ?? null) : null;
}

/** Content terms both statements use (stemmed and synonym-mapped). */
export function sharedTermSet(a: string, b: string): Set<string> {
  const inB = new Set(analyzeText(b).terms);
  return new Set(analyzeText(a).terms.filter((term) => inB.has(term)));
}

/**
 * The words of `text` that carry a shared term, as printed, first use of each term only, in
 * reading order ("Schedules", "staff"). For naming why two duties were paired.
 */
export function sharedWordsIn(text: string, shared: ReadonlySet<string>, limit = 5): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const term = termOfWord(word);
    if (term === null || !shared.has(term) || seen.has(term)) continue;
    seen.add(term);
    words.push(word.toLowerCase());
    if (words.length === limit) break;
  }
  return words;
}

/** The whole text cut into runs, the words carrying a shared term marked, so a reader sees what two differently worded duties have in common. */
export function markSharedTerms(text: string, shared: ReadonlySet<string>): TermRun[] {
  const runs: TermRun[] = [];
  let position = 0;
  const push = (piece: string, isShared: boolean) => {
    if (piece === '') return;
    const last = runs[runs.length - 1];
    if (last && last.shared === isShared) runs[runs.length - 1] = { text: last.text + piece, shared: isShared };
    else runs.push({ text: piece, shared: isShared });
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    push(text.slice(position, start), false);
    const term = termOfWord(match[0]);
    push(match[0], term !== null && shared.has(term));
    position = start + match[0].length;
  }
  push(text.slice(position), false);
  return runs;
}
