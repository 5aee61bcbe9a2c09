import type { Coverage, DutyPair, Verdict } from '../compare/types';
import type { DutyCategory } from '../spec/types';

/** Share of one side's duties (of a category) that sit in a pair with the other side; null when there are none. */
function shareMatched(categories: readonly DutyCategory[], matched: ReadonlySet<number>, category: DutyCategory | 'all'): number | null {
  const indices = categories.flatMap((value, index) => (category === 'all' || value === category ? [index] : []));
  if (indices.length === 0) return null;
  return indices.filter((index) => matched.has(index)).length / indices.length;
}

function primaryShare(categories: readonly DutyCategory[], matched: ReadonlySet<number>): number {
  return shareMatched(categories, matched, 'essential') ?? shareMatched(categories, matched, 'all') ?? 0;
}

/** Benchmark rule: a match when both directions reach the threshold, partial when one does. */
export function decideVerdict(aInB: number, bInA: number, threshold: number): Verdict {
  const reached = [aInB, bInA].filter((share) => share >= threshold).length;
  return reached === 2 ? 'match' : reached === 1 ? 'partial' : 'no-match';
}

/** Coverage in both directions from the duty pairs, counting a duty as covered when it is paired with any duty on the other side. */
export function computeCoverage(
  pairs: readonly DutyPair[],
  categoriesA: readonly DutyCategory[],
  categoriesB: readonly DutyCategory[],
  threshold: number,
): Coverage {
  const matchedA = new Set<number>();
  const matchedB = new Set<number>();
  for (const pair of pairs) {
    if (pair.a !== null && pair.b !== null) {
      matchedA.add(pair.a);
      matchedB.add(pair.b);
    }
  }
  const aInB = primaryShare(categoriesA, matchedA);
  const bInA = primaryShare(categoriesB, matchedB);
  const hasEssentialA = categoriesA.includes('essential');
  const hasEssentialB = categoriesB.includes('essential');
  return {
    aInB,
    bInA,
    otherAInB: hasEssentialA ? shareMatched(categoriesA, matchedA, 'other') : null,
    otherBInA: hasEssentialB ? shareMatched(categoriesB, matchedB, 'other') : null,
    threshold,
    verdict: decideVerdict(aInB, bInA, threshold),
  };
}
