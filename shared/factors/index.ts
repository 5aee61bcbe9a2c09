import type { ClassSpec, FactorReadings } from '../spec/types';

/** Reads an ordinal level for every factor the spec states. (Being built; see issue 3.) */
export function readFactors(_spec: Omit<ClassSpec, 'factors'>): FactorReadings {
  return {};
}
