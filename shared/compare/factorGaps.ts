import type { FactorKey, FactorReadings } from '../model';
import type { FactorGap } from './types';

/** Display order: requirements, then the level factors, then working conditions, then pay. */
export const FACTOR_ORDER: readonly FactorKey[] = [
  'education',
  'experience_years',
  'complexity',
  'impact',
  'supervision_received',
  'supervision_exercised',
  'internal_contacts',
  'external_contacts',
  'physical_effort',
  'work_environment',
  'physical_skill',
  'pay_grade',
];

/** Working conditions may legitimately be lower in a higher class (DESIGN.md, Factor levels). */
export const WORKING_CONDITION_FACTORS: ReadonlySet<FactorKey> = new Set(['physical_effort', 'work_environment', 'physical_skill']);

/** One gap per factor either side reads; delta = B − A when both sides have a level. */
export function measureFactorGaps(a: FactorReadings, b: FactorReadings): FactorGap[] {
  const gaps: FactorGap[] = [];
  for (const key of FACTOR_ORDER) {
    const readingA = a[key] ?? null;
    const readingB = b[key] ?? null;
    if (!readingA && !readingB) continue;
    const delta = readingA && readingB ? readingB.level - readingA.level : null;
    gaps.push({ key, a: readingA, b: readingB, delta });
  }
  return gaps;
}
