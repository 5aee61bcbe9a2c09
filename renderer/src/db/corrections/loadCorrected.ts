import type { StoredCorrection } from '../../../../shared/corrections';
import type { AppDb } from '../schema';
import type { StoredSpec } from '../types';
import { correctedRow, type CorrectedStoredSpec } from './correctedRow';

/**
 * Every correction of the given classes (and any made on the given versions, should a re-parse
 * have changed a version's class), grouped by class key.
 */
async function correctionsByClass(
  database: AppDb,
  rows: readonly StoredSpec[],
): Promise<ReadonlyMap<string, StoredCorrection[]>> {
  const classKeys = [...new Set(rows.map((row) => row.classKey))];
  const [byClass, byVersion] = await Promise.all([
    database.corrections.where('classKey').anyOf(classKeys).toArray(),
    database.corrections
      .where('origin.specId')
      .anyOf(rows.map((row) => row.id))
      .toArray(),
  ]);
  const grouped = new Map<string, StoredCorrection[]>();
  const seen = new Set<string>();
  for (const correction of [...byClass, ...byVersion]) {
    if (seen.has(correction.id)) continue;
    seen.add(correction.id);
    const classKey = rows.find((row) => row.id === correction.origin.specId)?.classKey ?? correction.classKey;
    grouped.set(classKey, [...(grouped.get(classKey) ?? []), correction]);
  }
  return grouped;
}

/** Stored rows with their class's corrections applied; reading the corrections inside a live query makes views follow them. */
export async function loadCorrected(
  database: AppDb,
  rows: readonly (StoredSpec | undefined)[],
): Promise<(CorrectedStoredSpec | null)[]> {
  const present = rows.filter((row): row is StoredSpec => row !== undefined);
  if (present.length === 0) return rows.map(() => null);
  const grouped = await correctionsByClass(database, present);
  return rows.map((row) => (row ? correctedRow(row, grouped.get(row.classKey) ?? []) : null));
}
