import type { EducationLevel, FactorKey } from './types';

/** Requirements read from the qualifications: education level and years of experience. */
export const REQUIREMENT_FACTORS: readonly FactorKey[] = ['education', 'experience_years'];

/** Factors a spec states in prose whose level should rise (or stay) with grade. */
export const STATED_LEVEL_FACTORS: readonly FactorKey[] = [
  'complexity',
  'impact',
  'supervision_received',
  'supervision_exercised',
  'internal_contacts',
  'external_contacts',
];

/** Working conditions: a higher class may legitimately have less of them (DESIGN.md, Factor levels). */
export const WORKING_CONDITION_KEYS: readonly FactorKey[] = ['physical_effort', 'work_environment', 'physical_skill'];

/** Every factor in display order: requirements, the level factors, working conditions, then pay. */
export const FACTOR_ORDER: readonly FactorKey[] = [
  ...REQUIREMENT_FACTORS,
  ...STATED_LEVEL_FACTORS,
  ...WORKING_CONDITION_KEYS,
  'pay_grade',
];

/** Factors whose level should rise (or stay) up a class series and that say how alike two classes' levels are. */
export const RISING_FACTORS: readonly FactorKey[] = [...REQUIREMENT_FACTORS, ...STATED_LEVEL_FACTORS];

/** Education levels from lowest to highest: the parser takes the lowest a spec accepts, the factor scale counts from it. */
export const EDUCATION_ORDER: readonly EducationLevel[] = [
  'none',
  'high_school',
  'associate',
  'bachelor',
  'master',
  'doctorate',
];
