import { diffText, type TextDiff } from '../diff';

/** An unchanged run: old text [oldStart, oldStart + length) is new text [newStart, newStart + length). */
type SameRun = Readonly<{ oldStart: number; newStart: number; length: number }>;

/** Old → new offsets through a diff; `exact` says the offset sat in text the diff kept. */
export type MappedOffset = Readonly<{ offset: number; exact: boolean }>;

export type PositionMap = Readonly<{
  granularity: TextDiff['granularity'];
  map: (oldOffset: number, side: 'start' | 'end') => MappedOffset;
  /** New → old for a character the diff kept; null for added text. */
  unmap: (newOffset: number) => number | null;
}>;

/**
 * Anchoring diffs a whole document once per revision, not once per keystroke, so it can afford
 * more than the 10 ms the comparison view gives jsdiff. Past this jsdiff gives up (very
 * dissimilar texts) and the diff falls back to lines, then to nothing kept: quote search does the rest.
 */
const ANCHORING_DIFF_TIMEOUT_MS = 250;

function sameRuns(diff: TextDiff): SameRun[] {
  const runs: SameRun[] = [];
  let oldOffset = 0;
  let newOffset = 0;
  for (const change of diff.changes) {
    const length = change.text.length;
    if (change.kind === 'same') {
      runs.push({ oldStart: oldOffset, newStart: newOffset, length });
      oldOffset += length;
      newOffset += length;
    } else if (change.kind === 'removed') oldOffset += length;
    else newOffset += length;
  }
  return runs;
}

/** Index of the last run starting at or before `offset` (on the old or the new side); -1 when none does. */
function runBefore(runs: readonly SameRun[], offset: number, side: 'oldStart' | 'newStart' = 'oldStart'): number {
  let low = 0;
  let high = runs.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((runs[middle]?.[side] ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export function buildPositionMap(oldText: string, newText: string): PositionMap {
  const diff = diffText(oldText, newText, { timeoutMs: ANCHORING_DIFF_TIMEOUT_MS });
  const runs = sameRuns(diff);
  const map = (oldOffset: number, side: 'start' | 'end'): MappedOffset => {
    // An end offset is exclusive: it is kept when the character before it was kept.
    const probe = side === 'end' ? oldOffset - 1 : oldOffset;
    const index = runBefore(runs, probe);
    const run = runs[index];
    if (!run) return { offset: side === 'start' ? 0 : (runs[0]?.newStart ?? newText.length), exact: false };
    const within = probe - run.oldStart;
    if (within < run.length) return { offset: run.newStart + within + (side === 'end' ? 1 : 0), exact: true };
    // In removed text. A start goes to where the removal happened; an end goes past whatever was
    // added in its place, so a reworded last word stays inside the mapped range.
    if (side === 'start') return { offset: run.newStart + run.length, exact: false };
    return { offset: runs[index + 1]?.newStart ?? newText.length, exact: false };
  };
  const unmap = (newOffset: number): number | null => {
    const run = runs[runBefore(runs, newOffset, 'newStart')];
    return run && newOffset - run.newStart < run.length ? run.oldStart + newOffset - run.newStart : null;
  };
  return { granularity: diff.granularity, map, unmap };
}
