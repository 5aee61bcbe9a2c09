import type { Duty } from '../model';
import type { Coverage, DutyCover, DutyPair, Verdict } from './types';
import { COVERAGE_CREDIT, DEFAULT_MATCH_THRESHOLD, PARTIAL_VERDICT_FACTOR } from './thresholds';

const FULL_CREDIT = COVERAGE_CREDIT.same;

type Side = 'a' | 'b';

/** Each duty's coverage credit from the pairs it is in (the best one), by duty index. */
export function creditByDuty(pairs: readonly DutyPair[], side: Side): Map<number, number> {
  const credit = new Map<number, number>();
  for (const pair of pairs) {
    const index = pair[side];
    if (index === null || pair.kind === 'only-a' || pair.kind === 'only-b') continue;
    const fullyCovered = pair.contained === side || (pair.contained !== undefined && pair.containedInLead === true);
    const earned = fullyCovered ? FULL_CREDIT : COVERAGE_CREDIT[pair.kind];
    credit.set(index, Math.max(credit.get(index) ?? 0, earned));
  }
  return credit;
}

/** The pairs' credits raised by the many-to-one cover found for that side's duties. */
export function withCover(credit: Map<number, number>, cover: readonly DutyCover[], side: Side): Map<number, number> {
  for (const entry of cover)
    if (entry.side === side) credit.set(entry.duty, Math.max(credit.get(entry.duty) ?? 0, entry.credit));
  return credit;
}

/** Weighted share of the listed duties that found a counterpart; weights are % of time when every duty states one. */
function shareCovered(
  duties: readonly Duty[],
  indices: readonly number[],
  credit: ReadonlyMap<number, number>,
): number {
  if (indices.length === 0) return 0;
  const useTime = indices.every((index) => (duties[index]?.percentTime ?? 0) > 0);
  let total = 0;
  let covered = 0;
  for (const index of indices) {
    const weight = useTime ? (duties[index]?.percentTime ?? 0) : 1;
    total += weight;
    covered += weight * (credit.get(index) ?? 0);
  }
  return total === 0 ? 0 : covered / total;
}

/** Essential and other duty indices; a side that does not split its duties counts all as essential. */
function splitByCategory(duties: readonly Duty[]): Readonly<{ essential: number[]; other: number[] | null }> {
  const essential: number[] = [];
  const other: number[] = [];
  duties.forEach((duty, index) => (duty.category === 'essential' ? essential : other).push(index));
  if (essential.length === 0 || other.length === 0) return { essential: duties.map((_, index) => index), other: null };
  return { essential, other };
}

/** Verdict rule: both directions ≥ T → match; either direction ≥ T/2 → partial; else no-match. */
export function verdictOf(aInB: number, bInA: number, threshold: number): Verdict {
  if (aInB >= threshold && bInA >= threshold) return 'match';
  if (Math.max(aInB, bInA) >= threshold * PARTIAL_VERDICT_FACTOR) return 'partial';
  return 'no-match';
}

/**
 * Share of each side's essential duties with a counterpart on the other side (same/reworded
 * count fully, partial half, a duty contained in one task of a longer one fully, and the
 * longer one fully too when that task is its lead clause), the same over "other" duties, and
 * the match verdict. `cover` adds the duties done by the other class beyond the pairs shown
 * (workCover.ts: many-to-one coverage).
 */
export function measureCoverage(
  a: readonly Duty[],
  b: readonly Duty[],
  pairs: readonly DutyPair[],
  threshold = DEFAULT_MATCH_THRESHOLD,
  cover: readonly DutyCover[] = [],
): Coverage {
  const creditA = withCover(creditByDuty(pairs, 'a'), cover, 'a');
  const creditB = withCover(creditByDuty(pairs, 'b'), cover, 'b');
  const splitA = splitByCategory(a);
  const splitB = splitByCategory(b);
  const aInB = shareCovered(a, splitA.essential, creditA);
  const bInA = shareCovered(b, splitB.essential, creditB);
  return {
    aInB,
    bInA,
    otherAInB: splitA.other ? shareCovered(a, splitA.other, creditA) : null,
    otherBInA: splitB.other ? shareCovered(b, splitB.other, creditB) : null,
    threshold,
    verdict: verdictOf(aInB, bInA, threshold),
  };
}
