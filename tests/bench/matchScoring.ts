// Scoring of duty alignments against O*NET's links: an aligned pair is right when both task
// statements are linked to one same work activity.
import type { Occupation, OccupationPair } from './onetCorpus';

export type Alignment = readonly (readonly [number, number])[];
export type Aligner = (a: Occupation, b: Occupation) => Alignment;
export type MatchFigures = Readonly<{ precision: number; recall: number; f1: number }>;

function sharesActivity(a: Occupation, b: Occupation, x: number, y: number): boolean {
  const activities = b.tasks[y]?.activities ?? [];
  return (a.tasks[x]?.activities ?? []).some((activity) => activities.includes(activity));
}

/** Precision over aligned pairs; recall over A's duties that have an activity-sharing partner in B (pooled over all pairs). */
export function scoreAlignments(pairs: readonly OccupationPair[], align: Aligner): MatchFigures {
  let aligned = 0;
  let right = 0;
  let answerable = 0;
  let found = 0;
  for (const { a, b } of pairs) {
    const alignment = align(a, b);
    const partnered = new Set<number>();
    for (const [x, y] of alignment) {
      aligned += 1;
      if (!sharesActivity(a, b, x, y)) continue;
      right += 1;
      partnered.add(x);
    }
    a.tasks.forEach((_, x) => {
      if (!b.tasks.some((__, y) => sharesActivity(a, b, x, y))) return;
      answerable += 1;
      if (partnered.has(x)) found += 1;
    });
  }
  const precision = aligned === 0 ? 0 : right / aligned;
  const recall = answerable === 0 ? 0 : found / answerable;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
