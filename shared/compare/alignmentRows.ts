import type { DutyPair } from './types';
import type { PairEvidence } from './pairReason';
import { longestIncreasingPositions } from './longestIncreasing';

/**
 * One row of an alignment while it is built: a pair, a split/merge member, or a duty of one side
 * only. A DutyPair's fields, writable (groups are marked as members join), with the pair's
 * work-activity evidence (symmetric, so a mirrored row keeps it) in place of its reason and diff.
 */
export type Row = { -readonly [K in keyof Omit<DutyPair, 'why' | 'diff'>]: DutyPair[K] } & { evidence?: PairEvidence };

/** Marks the pairs off the longest run that keeps both lists' orders as moved. */
export function markMoved(primary: readonly Row[]): void {
  const byA = [...primary].sort((x, y) => (x.a ?? 0) - (y.a ?? 0));
  const inOrder = longestIncreasingPositions(byA.map((row) => row.b ?? 0));
  byA.forEach((row, position) => {
    row.moved = !inOrder.has(position);
  });
}

/** Rows in reading order: A's order, each B-only duty placed after the row holding the B duty before it. */
export function orderRows(rows: readonly Row[]): Row[] {
  const paired = rows
    .filter((row) => row.a !== null)
    .sort((x, y) => (x.a ?? 0) - (y.a ?? 0) || (x.b ?? 0) - (y.b ?? 0));
  const onlyB = rows.filter((row) => row.a === null).sort((x, y) => (x.b ?? 0) - (y.b ?? 0));
  const result = [...paired];
  for (const row of onlyB) {
    const b = row.b ?? 0;
    let insertAt = 0;
    for (let index = 0; index < result.length; index += 1) {
      const other = result[index]?.b;
      if (other !== null && other !== undefined && other < b) insertAt = index + 1;
    }
    result.splice(insertAt, 0, row);
  }
  return result;
}

/** The same row seen from the other side (A and B swapped). */
export function mirror(row: Row): Row {
  const kind = row.kind === 'only-a' ? 'only-b' : row.kind === 'only-b' ? 'only-a' : row.kind;
  const group = row.group === 'split' ? 'merge' : row.group === 'merge' ? 'split' : undefined;
  const contained = row.contained === 'a' ? 'b' : row.contained === 'b' ? 'a' : undefined;
  const containment = contained ? { contained, ...(row.containedInLead ? { containedInLead: true } : {}) } : {};
  return {
    a: row.b,
    b: row.a,
    kind,
    score: row.score,
    moved: row.moved,
    ...(group ? { group } : {}),
    ...containment,
    ...(row.evidence ? { evidence: row.evidence } : {}),
  };
}
