import { FACTOR_ORDER, WORKING_CONDITION_KEYS, type FactorKey, type FactorReadings } from '../model';
import type { FactorGap } from './types';

export { FACTOR_ORDER } from '../model';

/** Working conditions may legitimately be lower in a higher class (DESIGN.md, Factor levels). */
export const WORKING_CONDITION_FACTORS: ReadonlySet<FactorKey> = new Set(WORKING_CONDITION_KEYS);

export type PayPlanSide = Readonly<{ jurisdiction: string | null; grade: string | null }>;

/** How a grade is written without its number ("B23" → "b", "GS-12" → "gs", "19" → ""): one plan writes all its grades alike. */
const gradeNotation = (grade: string): string => grade.toLowerCase().replace(/[^a-z]+/gu, '');
const employerOf = (jurisdiction: string): string =>
  jurisdiction
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();

/**
 * Whether two classes' pay grades are on one pay plan: the same employer (when both name one)
 * writing grades the same way. Grades of different plans are different numbers, not levels of
 * one scale: "19" at one city and "B23" at another are not four apart.
 */
export function samePayPlan(a: PayPlanSide, b: PayPlanSide): boolean {
  if (a.jurisdiction && b.jurisdiction && employerOf(a.jurisdiction) !== employerOf(b.jurisdiction)) return false;
  return gradeNotation(a.grade ?? '') === gradeNotation(b.grade ?? '');
}

/**
 * One gap per factor either side reads; delta = B − A when both sides have a level, except pay
 * grades on different pay plans, which are shown side by side with no delta.
 */
export function measureFactorGaps(
  a: FactorReadings,
  b: FactorReadings,
  plans?: Readonly<{ a: PayPlanSide; b: PayPlanSide }>,
): FactorGap[] {
  const gaps: FactorGap[] = [];
  for (const key of FACTOR_ORDER) {
    const readingA = a[key] ?? null;
    const readingB = b[key] ?? null;
    if (!readingA && !readingB) continue;
    if (key === 'pay_grade' && readingA && readingB && plans && !samePayPlan(plans.a, plans.b)) {
      gaps.push({ key, a: readingA, b: readingB, delta: null, differentPayPlans: true });
      continue;
    }
    const delta = readingA && readingB ? readingB.level - readingA.level : null;
    gaps.push({ key, a: readingA, b: readingB, delta });
  }
  return gaps;
}
