import { db as appDb } from './db';
import type { AppDb } from './schema';
import type { ComparisonRow } from './types';

/** A comparison as the analyst saves it; storage adds the id and the timestamps. */
export type NewComparison = Omit<ComparisonRow, 'id' | 'createdAt' | 'updatedAt'>;

export type ComparisonChanges = Partial<
  Pick<ComparisonRow, 'name' | 'threshold' | 'algoVersion' | 'overrides' | 'notes' | 'preparer' | 'caseNumber'>
>;

/** Stores a new saved comparison and returns its id. */
export async function saveComparison(comparison: NewComparison, now: number, database: AppDb = appDb): Promise<number> {
  const id = await database.comparisons.add({ ...comparison, createdAt: now, updatedAt: now });
  return id as number;
}

/** Changes a saved comparison; false when it no longer exists. */
export async function updateComparison(
  id: number,
  changes: ComparisonChanges,
  now: number,
  database: AppDb = appDb,
): Promise<boolean> {
  const updated = await database.comparisons.update(id, { ...changes, updatedAt: now });
  return updated === 1;
}

export async function renameComparison(
  id: number,
  name: string,
  now: number,
  database: AppDb = appDb,
): Promise<boolean> {
  const trimmed = name.trim();
  if (!trimmed) return false;
  return updateComparison(id, { name: trimmed }, now, database);
}

export async function deleteComparison(id: number, database: AppDb = appDb): Promise<void> {
  await database.comparisons.delete(id);
}

/** Saved comparisons, most recently changed first; a study's own comparisons are listed with the study. */
export async function listComparisons(database: AppDb = appDb): Promise<ComparisonRow[]> {
  return (await database.comparisons.orderBy('updatedAt').reverse().toArray()).filter(
    (row) => row.studyUid === undefined,
  );
}

export async function getComparison(id: number, database: AppDb = appDb): Promise<ComparisonRow | null> {
  return (await database.comparisons.get(id)) ?? null;
}

/** Saved comparisons of two specs in either order, most recently changed first. */
export async function listPairComparisons(aId: string, bId: string, database: AppDb = appDb): Promise<ComparisonRow[]> {
  const rows = await database.comparisons.where('[leftId+rightId]').anyOf([aId, bId], [bId, aId]).toArray();
  return rows.sort((x, y) => y.updatedAt - x.updatedAt);
}
