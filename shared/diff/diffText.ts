import { diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { TextChange, TextDiff } from './types';

export type DiffOptions = Readonly<{
  /** Budget for the word diff in milliseconds; the line-diff fallback gets what is left of twice this. */
  timeoutMs?: number;
  /** Clock in milliseconds; only budgets the fallback (jsdiff itself reads Date.now), so it is injectable but defaults to Date.now. */
  now?: () => number;
}>;

/** jsdiff stops 3–18 ms after its timeout (measured), so the word diff gets ~half of the 50 ms ceiling. */
const DEFAULT_TIMEOUT_MS = 20;
const MIN_LINE_TIMEOUT_MS = 2;

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
 * when the texts are too different to diff word by word within the budget, then "all of A
 * removed, all of B added". Concatenating the `same` + `removed` runs gives back A, and
 * `same` + `added` gives back B, whatever the granularity.
 */
export function diffText(a: string, b: string, options: DiffOptions = {}): TextDiff {
  if (a === b) return { granularity: 'words', changes: a === '' ? [] : [{ kind: 'same', text: a }] };
  if (a === '' || b === '') return { granularity: 'words', changes: wholeDiff(a, b).changes };
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const started = now();
  const words = diffWordsWithSpace(a, b, { timeout });
  if (words) return { granularity: 'words', changes: toChanges(words) };
  const left = Math.max(MIN_LINE_TIMEOUT_MS, timeout - (now() - started));
  const lines = diffLines(a, b, { timeout: left });
  if (lines) return { granularity: 'lines', changes: toChanges(lines) };
  return wholeDiff(a, b);
}
