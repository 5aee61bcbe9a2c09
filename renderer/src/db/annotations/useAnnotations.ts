import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import type { AnnotationRow, SpecSummary } from '../types';

const byPosition = (a: AnnotationRow, b: AnnotationRow): number =>
  a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end;

/** Anchored annotations of one spec version in document order; undefined while loading. */
export function useSpecAnnotations(specId: string | undefined): readonly AnnotationRow[] | undefined {
  return useLiveQuery(async () => {
    if (!specId) return [];
    const rows = await db.annotations
      .where('specId')
      .equals(specId)
      .filter((row) => row.status === 'anchored')
      .toArray();
    return rows.sort(byPosition);
  }, [specId]);
}

/** Orphans of a class, newest first. */
export function useClassOrphans(classKey: string | undefined): readonly AnnotationRow[] | undefined {
  return useLiveQuery(async () => {
    if (!classKey) return [];
    const rows = await db.annotations
      .where('classKey')
      .equals(classKey)
      .filter((row) => row.status === 'orphaned')
      .toArray();
    return rows.sort((a, b) => b.updatedAt - a.updatedAt);
  }, [classKey]);
}

export type LibraryAnnotation = Readonly<{ row: AnnotationRow; summary: SpecSummary | undefined }>;

/** Every annotation in the library with the summary of the version it sits on. */
export function useLibraryAnnotations(): readonly LibraryAnnotation[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.annotations.toArray();
    const summaries = await db.summaries.bulkGet([...new Set(rows.map((row) => row.specId))]);
    const byId = new Map(
      summaries
        .filter((summary): summary is SpecSummary => summary !== undefined)
        .map((summary) => [summary.id, summary]),
    );
    return rows.sort((a, b) => b.updatedAt - a.updatedAt).map((row) => ({ row, summary: byId.get(row.specId) }));
  }, []);
}
