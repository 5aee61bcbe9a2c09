import { createTarget, prepareRevision, reanchor, type ReanchorContext } from '../../../../shared/anchoring';
import type { AppDb } from '../schema';
import type { AnnotationRow, StoredSpec } from '../types';

export type ReanchorOutcome = Readonly<{ anchored: number; orphaned: number }>;

/**
 * Moves every anchored annotation of a class onto its new version (`next`): each is found again
 * through a diff of the version it sat on (kept in the database) → the new text; what cannot be
 * found for certain becomes an orphan that keeps its quote, note and the version it was last on.
 * Call inside a transaction that includes specs and annotations, so an import and its
 * re-anchoring succeed or fail together. The number of annotations never changes.
 */
export async function reanchorClassAnnotations(
  database: AppDb,
  next: Pick<StoredSpec, 'id' | 'classKey' | 'spec'>,
): Promise<ReanchorOutcome> {
  const rows = await database.annotations
    .where('classKey')
    .equals(next.classKey)
    .filter((row) => row.status === 'anchored' && row.specId !== next.id)
    .toArray();
  const contexts = new Map<string, ReanchorContext>();
  const newText = next.spec.text;
  let orphaned = 0;
  const updated: AnnotationRow[] = [];
  for (const row of rows) {
    let context = contexts.get(row.specId);
    if (!context) {
      // The version the annotation sat on may have been deleted: then only its quote and context are left to search with.
      const previous = await database.specs.get(row.specId);
      context = prepareRevision(previous?.spec.text ?? null, newText);
      contexts.set(row.specId, context);
    }
    const result = reanchor(row.target, context);
    const target =
      result.status === 'anchored' ? createTarget(newText, result.start, result.end, context.newHash) : null;
    if (target) {
      const { orphanedOnSpecId: _previousOrphaning, ...rest } = row;
      updated.push({ ...rest, specId: next.id, status: 'anchored', target });
    } else {
      orphaned += 1;
      updated.push({ ...row, status: 'orphaned', orphanedOnSpecId: next.id });
    }
  }
  await database.annotations.bulkPut(updated);
  return { anchored: updated.length - orphaned, orphaned };
}
