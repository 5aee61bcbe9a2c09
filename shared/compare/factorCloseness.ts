import { RISING_FACTORS, type FactorReadings } from '../model';

export type FactorRow = Readonly<{ levels: Float64Array; spans: Float64Array }>;

/** Levels of the closeness factors as a flat row (NaN = not read), with each factor's scale span. */
export function factorRow(factors: FactorReadings): FactorRow {
  const levels = new Float64Array(RISING_FACTORS.length).fill(Number.NaN);
  const spans = new Float64Array(RISING_FACTORS.length).fill(1);
  RISING_FACTORS.forEach((key, position) => {
    const reading = factors[key];
    if (!reading) return;
    levels[position] = reading.level;
    spans[position] = Math.max(1, reading.scaleSize - 1);
  });
  return { levels, spans };
}

export function rowCloseness(a: FactorRow, b: FactorRow): number {
  let total = 0;
  let count = 0;
  for (let position = 0; position < RISING_FACTORS.length; position += 1) {
    const levelA = a.levels[position] as number;
    const levelB = b.levels[position] as number;
    if (Number.isNaN(levelA) || Number.isNaN(levelB)) continue;
    const span = Math.max(a.spans[position] as number, b.spans[position] as number);
    total += 1 - Math.min(1, Math.abs(levelA - levelB) / span);
    count += 1;
  }
  return count === 0 ? 0.5 : total / count;
}

/** 1 when every factor both sides read is at the same level, falling linearly with the gap; 0.5 when none can be compared. */
export function factorCloseness(a: FactorReadings, b: FactorReadings): number {
  return rowCloseness(factorRow(a), factorRow(b));
}
