import { RISING_FACTORS, STATED_LEVEL_FACTORS, type ClassSpec, type FactorReadings } from '../model';
import { normalizeWhitespace, numericGrade } from '../text';
import type { SeriesInversion, SeriesLadder, SeriesRepeat } from './types';

// Working conditions are never inversions (a higher class may well have less), and pay grade is
// what the ladder is ordered by: RISING_FACTORS leaves both out.
export { RISING_FACTORS } from '../model';

export type SeriesOptions = Readonly<{
  /** Readings to use instead of each spec's own (e.g. from calibrateFactors), by input index. */
  readings?: ReadonlyMap<number, FactorReadings>;
}>;

function ladderOrder(specs: readonly ClassSpec[]): number[] {
  const grades = specs.map((spec) => numericGrade(spec.grade));
  return specs
    .map((_, index) => index)
    .sort((x, y) => {
      const gradeX = grades[x] ?? null;
      const gradeY = grades[y] ?? null;
      if (gradeX === null || gradeY === null) return (gradeX === null ? 1 : 0) - (gradeY === null ? 1 : 0) || x - y;
      return gradeX - gradeY || x - y;
    });
}

function findInversions(
  specs: readonly ClassSpec[],
  order: readonly number[],
  readingsOf: (index: number) => FactorReadings,
): SeriesInversion[] {
  const graded = order.filter((index) => numericGrade(specs[index]?.grade ?? null) !== null);
  const inversions: SeriesInversion[] = [];
  for (const factor of RISING_FACTORS) {
    graded.forEach((lower, position) => {
      const lowerLevel = readingsOf(lower)[factor]?.level;
      const lowerGrade = numericGrade(specs[lower]?.grade ?? null) ?? 0;
      if (lowerLevel === undefined) return;
      for (const higher of graded.slice(position + 1)) {
        const higherLevel = readingsOf(higher)[factor]?.level;
        const higherGrade = numericGrade(specs[higher]?.grade ?? null) ?? 0;
        if (higherLevel !== undefined && higherGrade > lowerGrade && higherLevel < lowerLevel) {
          inversions.push({ factor, lower, higher, lowerLevel, higherLevel });
        }
      }
    });
  }
  return inversions;
}

function findRepeats(specs: readonly ClassSpec[], order: readonly number[]): SeriesRepeat[] {
  const repeats: SeriesRepeat[] = [];
  for (const factor of STATED_LEVEL_FACTORS) {
    const byText = new Map<string, number[]>();
    for (const index of order) {
      const statement = specs[index]?.factorStatements[factor];
      if (!statement) continue;
      const text = normalizeWhitespace(statement.text);
      if (text === '') continue;
      byText.set(text, [...(byText.get(text) ?? []), index]);
    }
    for (const [text, classes] of byText) if (classes.length > 1) repeats.push({ factor, classes, text });
  }
  return repeats;
}

/**
 * A class series as a ladder: classes ordered by numeric grade (ungraded last, in input order);
 * every pair where a higher-graded class states a lower level of a rising factor; and every
 * rising factor whose statement is word for word the same (whitespace aside) in several classes.
 */
export function buildSeriesLadder(specs: readonly ClassSpec[], options: SeriesOptions = {}): SeriesLadder {
  const order = ladderOrder(specs);
  const readingsOf = (index: number): FactorReadings => options.readings?.get(index) ?? specs[index]?.factors ?? {};
  return { order, inversions: findInversions(specs, order, readingsOf), identical: findRepeats(specs, order) };
}
