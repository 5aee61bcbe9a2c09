import type { Correction, StoredCorrection } from '../../../../shared/corrections';
import { db } from '../db';
import type { AppDb } from '../schema';
import { summarizeSpec } from '../summarizeSpec';
import { correctedRow } from './correctedRow';

export type CorrectionWrite = Readonly<{ ok: true }> | Readonly<{ ok: false; message: string }>;

function failure(action: string, error: unknown): CorrectionWrite {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    message: `Could not ${action} (${reason}): nothing was changed`,
  };
}

/** The library lists corrected titles, codes and employers, so a class's summaries follow its corrections. */
async function refreshSummaries(database: AppDb, classKey: string): Promise<void> {
  const [rows, corrections, summaries] = await Promise.all([
    database.specs.where('classKey').equals(classKey).toArray(),
    database.corrections.where('classKey').equals(classKey).toArray(),
    database.summaries.where('classKey').equals(classKey).toArray(),
  ]);
  const latestIds = new Set(summaries.filter((summary) => summary.isLatest === 1).map((summary) => summary.id));
  await database.summaries.bulkPut(
    rows.map((row) => summarizeSpec(correctedRow(row, corrections), latestIds.has(row.id) ? 1 : 0)),
  );
}

async function inTransaction(database: AppDb, classKey: string, write: () => Promise<unknown>): Promise<void> {
  await database.transaction('rw', database.corrections, database.specs, database.summaries, async () => {
    await write();
    await refreshSummaries(database, classKey);
  });
}

export async function saveCorrection(
  classKey: string,
  correction: Correction,
  database: AppDb = db,
): Promise<CorrectionWrite> {
  try {
    const row: StoredCorrection = { ...correction, classKey };
    await inTransaction(database, classKey, () => database.corrections.add(row));
    return { ok: true };
  } catch (error) {
    return failure('save the correction', error);
  }
}

/** Removes one correction (undo, or discarding an orphaned one). */
export async function deleteCorrection(classKey: string, id: string, database: AppDb = db): Promise<CorrectionWrite> {
  try {
    await inTransaction(database, classKey, () => database.corrections.delete(id));
    return { ok: true };
  } catch (error) {
    return failure('remove the correction', error);
  }
}
