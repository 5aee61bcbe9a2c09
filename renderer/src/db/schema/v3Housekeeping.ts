import type { Dexie } from 'dexie';

/**
 * v3: the specs table keeps only the indexes something queries (classKey for a class's versions; parserVersion, to
 * find specs an older parser read); isLatest lives in summaries alone.
 * Specs stored before v3 were read by a parser older than any versioned one (0), so they are re-parsed on start.
 */
export function declareV3Housekeeping(db: Dexie): void {
  db.version(3)
    .stores({ specs: 'id, classKey, parserVersion' })
    .upgrade(async (tx) => {
      await tx
        .table('specs')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          delete row['isLatest'];
          if (typeof row['parserVersion'] !== 'number') row['parserVersion'] = 0;
        });
    });
}
