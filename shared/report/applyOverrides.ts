import { analystReason, type Comparison, type DutyCover, type DutyPair, measureCoverage } from '../compare';
import type { Duty } from '../model';

/** An analyst's change to the engine's alignment (same shape as the stored AlignmentOverride). */
export type DutyOverride = Readonly<{ kind: 'link' | 'unlink'; a: number; b: number }>;

export type AdjustedPair = DutyPair & Readonly<{ linkedBy?: 'analyst' }>;

export type AdjustedComparison = Comparison &
  Readonly<{
    duties: readonly AdjustedPair[];
    /** Overrides that no longer fit the duties (index out of range, pair already gone); shown, never dropped silently. */
    skipped: readonly DutyOverride[];
  }>;

export type OverrideContext = Readonly<{
  dutiesA: readonly Duty[];
  dutiesB: readonly Duty[];
  /** Score and word diff for a pair the analyst links (the engine did not pair them, so it has none). */
  describeLink: (a: number, b: number) => Readonly<{ score: number; diff?: TextDiff }>;
  /** Coverage threshold; the comparison's own when omitted. */
  threshold?: number;
}>;

// Derived rather than imported: the lint rule guarding jsdiff also matches the path '../diff'.
type TextDiff = NonNullable<DutyPair['diff']>;

const isPaired = (row: DutyPair): boolean => row.a !== null && row.b !== null;

function unlinkPair(rows: AdjustedPair[], override: DutyOverride): boolean {
  const index = rows.findIndex((row) => row.a === override.a && row.b === override.b);
  if (index < 0) return false;
  rows.splice(index, 1);
  const orphans: AdjustedPair[] = [];
  if (!rows.some((row) => isPaired(row) && row.a === override.a)) {
    orphans.push({ a: override.a, b: null, kind: 'only-a', score: 0, moved: false });
  }
  if (!rows.some((row) => isPaired(row) && row.b === override.b)) {
    orphans.push({ a: null, b: override.b, kind: 'only-b', score: 0, moved: false });
  }
  rows.splice(index, 0, ...orphans);
  return true;
}

function linkPair(rows: AdjustedPair[], override: DutyOverride, context: OverrideContext): boolean {
  const { a, b } = override;
  if (a < 0 || b < 0 || a >= context.dutiesA.length || b >= context.dutiesB.length) return false;
  if (rows.some((row) => row.a === a && row.b === b)) return true;
  const onlyA = rows.findIndex((row) => row.kind === 'only-a' && row.a === a);
  const onlyB = rows.findIndex((row) => row.kind === 'only-b' && row.b === b);
  const lastWithA = rows.reduce((found, row, index) => (row.a === a ? index : found), -1);
  const anchor = [onlyA, onlyB].filter((index) => index >= 0);
  const position = anchor.length > 0 ? Math.min(...anchor) : lastWithA >= 0 ? lastWithA + 1 : rows.length;
  const { score, diff } = context.describeLink(a, b);
  const why = analystReason(context.dutiesA[a]?.text ?? '', context.dutiesB[b]?.text ?? '', score);
  const linked: AdjustedPair = {
    a,
    b,
    kind: score >= 0.999 ? 'same' : 'reworded',
    score,
    moved: false,
    linkedBy: 'analyst',
    why,
    ...(diff ? { diff } : {}),
  };
  rows.splice(position, 0, linked);
  for (const stale of [onlyA, onlyB].filter((index) => index >= 0).sort((x, y) => y - x)) {
    rows.splice(stale >= position ? stale + 1 : stale, 1);
  }
  return true;
}

/** Split/merge marks follow from how many pairs share a duty, so they are recomputed after the rows change. */
function regroup(rows: readonly AdjustedPair[]): AdjustedPair[] {
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  for (const row of rows.filter(isPaired)) {
    countA.set(row.a as number, (countA.get(row.a as number) ?? 0) + 1);
    countB.set(row.b as number, (countB.get(row.b as number) ?? 0) + 1);
  }
  return rows.map((row) => {
    if (!isPaired(row)) return row;
    const group =
      (countA.get(row.a as number) ?? 0) > 1 ? 'split' : (countB.get(row.b as number) ?? 0) > 1 ? 'merge' : undefined;
    const { group: _previous, ...rest } = row;
    return group ? { ...rest, group } : rest;
  });
}

/**
 * The analyst unlinked the two duties a many-to-one cover relies on: it no longer counts. A cover
 * by reference rests on a duty naming the other class, not on any pair of duties.
 */
function unlinks(override: DutyOverride, cover: DutyCover): boolean {
  if (override.kind !== 'unlink' || cover.reference) return false;
  return cover.side === 'a'
    ? override.a === cover.duty && override.b === cover.by
    : override.b === cover.duty && override.a === cover.by;
}

/**
 * Applies the analyst's links and unlinks, in order, to the engine's duty alignment and recomputes coverage
 * with the engine's own rule (a linked pair counts as comparable in full; an unlinked pair no
 * longer counts as many-to-one cover either).
 * A link adds a pair (the duties keep any other partners, which then reads as a split or merge);
 * an unlink removes a pair and lists a duty left without partners as only in its class.
 */
export function applyOverrides(
  comparison: Comparison,
  overrides: readonly DutyOverride[],
  context: OverrideContext,
): AdjustedComparison {
  const rows: AdjustedPair[] = [...comparison.duties];
  const skipped: DutyOverride[] = [];
  for (const override of overrides) {
    const applied = override.kind === 'link' ? linkPair(rows, override, context) : unlinkPair(rows, override);
    if (!applied) skipped.push(override);
  }
  const duties = overrides.length > 0 ? regroup(rows) : rows;
  const cover = comparison.cover.filter((entry) => !overrides.some((override) => unlinks(override, entry)));
  const threshold = context.threshold ?? comparison.coverage.threshold;
  const coverage =
    overrides.length > 0 || threshold !== comparison.coverage.threshold
      ? measureCoverage(context.dutiesA, context.dutiesB, duties, threshold, cover)
      : comparison.coverage;
  return { ...comparison, duties, cover, coverage, skipped };
}
