import {
  STATED_LEVEL_FACTORS,
  type ClassSpec,
  type FactorKey,
  type FactorReading,
  type FactorReadings,
} from '../model';
import { normalizeWhitespace } from '../text';
import { numericGrade } from '../text';

type Usage = { text: string; users: number[]; cueLevel: number | null; position: number };

function employerOf(spec: ClassSpec): string | null {
  const name = spec.jurisdiction?.trim().toLowerCase();
  return name ? name : null;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

/**
 * Positions on the grade axis: a sentence several classes share sits at the mean grade of
 * those classes (that is what the employer means by it); a sentence used by one class only
 * would just echo its own grade, so it sits where shared sentences with the same cue level
 * sit, or at its class's grade when no shared sentence has that cue level.
 */
function positionUsages(usages: readonly Usage[], gradeOf: (index: number) => number): void {
  const shared = usages.filter((usage) => usage.users.length > 1);
  for (const usage of usages) {
    if (usage.users.length > 1) usage.position = mean(usage.users.map(gradeOf));
    else {
      const sameCue = shared.filter((other) => other.cueLevel !== null && other.cueLevel === usage.cueLevel);
      usage.position =
        sameCue.length > 0 ? mean(sameCue.flatMap((other) => other.users.map(gradeOf))) : gradeOf(usage.users[0] ?? 0);
    }
  }
}

function calibrateFactor(
  specs: readonly ClassSpec[],
  members: readonly number[],
  key: FactorKey,
  result: Map<number, Partial<Record<FactorKey, FactorReading>>>,
): void {
  const byText = new Map<string, Usage>();
  for (const index of members) {
    const statement = specs[index]?.factorStatements[key];
    if (!statement) continue;
    const text = normalizeWhitespace(statement.text).toLowerCase();
    const usage = byText.get(text) ?? {
      text: statement.text,
      users: [],
      cueLevel: specs[index]?.factors[key]?.level ?? null,
      position: 0,
    };
    usage.users.push(index);
    byText.set(text, usage);
  }
  const usages = [...byText.values()];
  if (usages.length < 2 || !usages.some((usage) => usage.users.length > 1)) return;
  const gradeOf = (index: number) => numericGrade(specs[index]?.grade ?? null) ?? 0;
  positionUsages(usages, gradeOf);
  const positions = [...new Set(usages.map((usage) => usage.position))].sort((x, y) => x - y);
  for (const usage of usages) {
    const level = positions.indexOf(usage.position);
    const isShared = usage.users.length > 1;
    for (const index of usage.users) {
      const spec = specs[index];
      const statement = spec?.factorStatements[key];
      if (!spec || !statement) continue;
      const cue = spec.factors[key];
      const grades = usage.users.map(gradeOf).join(', ');
      const readings = result.get(index) ?? { ...spec.factors };
      readings[key] = {
        key,
        level,
        scaleSize: positions.length,
        label: isShared
          ? `level ${level + 1} of ${positions.length}: sentence used at grades ${grades}`
          : `level ${level + 1} of ${positions.length}: ${cue?.label ?? 'no cue words'}`,
        evidence: statement.span,
        text: statement.text,
        basis: isShared ? 'calibrated' : 'cue',
      };
      result.set(index, readings);
    }
  }
}

/**
 * Employers write factor statements from a fixed set of level sentences, so a sentence reused
 * across classes says what level it means: within each employer (same jurisdiction), and for
 * each rising prose factor where at least one sentence is shared, the distinct sentences are
 * ordered by their position on the grade axis (see positionUsages) and numbered 0…n−1.
 * Only classes with a numeric grade take part. Returns replacement readings by spec index
 * (specs without any calibrated factor are absent); every other reading is left as it was.
 */
export function calibrateFactors(specs: readonly ClassSpec[]): ReadonlyMap<number, FactorReadings> {
  const byEmployer = new Map<string, number[]>();
  specs.forEach((spec, index) => {
    const employer = employerOf(spec);
    if (employer === null || numericGrade(spec.grade) === null) return;
    byEmployer.set(employer, [...(byEmployer.get(employer) ?? []), index]);
  });
  const result = new Map<number, Partial<Record<FactorKey, FactorReading>>>();
  for (const members of byEmployer.values()) {
    if (members.length < 2) continue;
    for (const key of STATED_LEVEL_FACTORS) calibrateFactor(specs, members, key, result);
  }
  return result;
}
