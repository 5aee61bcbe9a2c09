import { diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { TextChange, TextDiff } from './types';

export type DiffOptions = Readonly<{
  /** Budget for the word diff in milliseconds (default 10); the line diff then gets what is left of max(this, 20 ms). */
  timeoutMs?: number;
  /** Clock in milliseconds; only budgets the fallback (jsdiff itself reads Date.now), so it is injectable but defaults to Date.now. */
  now?: () => number;
}>;

/**
 * No diff may take over 50 ms. jsdiff notices its timeout only between edit-distance rounds,
 * 3–18 ms late on long texts (measured), so the word diff gets 10 ms, the line diff what is
 * left of 20 ms, and long texts skip the word diff (tokenizing alone eats the budget).
 */
const DEFAULT_TIMEOUT_MS = 10;
const LINE_DEADLINE_MS = 20;
const MIN_LINE_TIMEOUT_MS = 2;
const WORD_DIFF_MAX_CHARS = 60_000;
/** Caps jsdiff's work, ~(tokens × edit length), so a timeout round cannot run long. */
const WORD_DIFF_WORK = 1_500_000;
const CHARS_PER_TOKEN = 3;
/**
 * Below this share of shared words a word diff is mostly noise — a few "and"/"the" kept among
 * whole runs struck through and underlined, which on paper reads as "duty deleted" — and it is
 * also the slowest case, so such texts go to the line diff (and the report then shows both
 * whole, shared terms marked). Measured on the longer text: word marks only where the two
 * statements share most of their wording.
 */
const WORD_DIFF_MIN_SHARED = 0.5;
const WORD = /[\p{L}\p{N}]+/gu;

function sharedWordShare(a: string, b: string): number {
  const counts = new Map<string, number>();
  let countA = 0;
  for (const [word] of a.toLowerCase().matchAll(WORD)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    countA += 1;
  }
  let countB = 0;
  let shared = 0;
  for (const [word] of b.toLowerCase().matchAll(WORD)) {
    countB += 1;
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(word, left - 1);
    }
  }
  const longer = Math.max(countA, countB);
  return longer === 0 ? 1 : shared / longer;
}

function toChanges(changes: readonly ChangeObject<string>[]): TextChange[] {
  const result: TextChange[] = [];
  for (const change of changes) {
    if (change.value === '') continue;
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = result[result.length - 1];
    if (last && last.kind === kind) result[result.length - 1] = { kind, text: last.text + change.value };
    else result.push({ kind, text: change.value });
  }
  return result;
}

function wholeDiff(a: string, b: string): TextDiff {
  const changes: TextChange[] = [];
  if (a !== '') changes.push({ kind: 'removed', text: a });
  if (b !== '') changes.push({ kind: 'added', text: b });
  return { granularity: 'whole', changes };
}

/**
 * Word-level diff of A → B that always finishes in bounded time: words first, then lines
 * when the texts share too few words or are too different to diff word by word within the
 * budget, then "all of A removed, all of B added". Concatenating the `same` + `removed` runs gives back A, and
 * `same` + `added` gives back B, whatever the granularity.
 */
export function diffText(a: string, b: string, options: DiffOptions = {}): TextDiff {
  if (a === b) return { granularity: 'words', changes: a === '' ? [] : [{ kind: 'same', text: a }] };
  if (a === '' || b === '') return { granularity: 'words', changes: wholeDiff(a, b).changes };
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const started = now();
  if (a.length + b.length <= WORD_DIFF_MAX_CHARS && sharedWordShare(a, b) >= WORD_DIFF_MIN_SHARED) {
    const maxEditLength = Math.max(100, Math.floor((WORD_DIFF_WORK * CHARS_PER_TOKEN) / (a.length + b.length)));
    const words = diffWordsWithSpace(a, b, { timeout, maxEditLength });
    if (words) return { granularity: 'words', changes: toChanges(words) };
  }
  const left = Math.max(MIN_LINE_TIMEOUT_MS, Math.max(timeout, LINE_DEADLINE_MS) - (now() - started));
  const lines = diffLines(a, b, { timeout: left });
  if (lines) return { granularity: 'lines', changes: toChanges(lines) };
  return wholeDiff(a, b);
}
