import type { ImportedSpec } from '../../../shared/ipc/contract';
import { PARSER_VERSION } from '../../../shared/spec';
import { identifyClass } from '../../../shared/library/classIdentity';
import { reanchorClassAnnotations } from './annotations';
import { correctedRow } from './corrections';
import { settleJournalFile } from './importJournal';
import { db } from './db';
import type { AppDb } from './schema';
import { describeStorageError } from './storageError';
import { summarizeSpec } from './summarizeSpec';
import type { StoredSpec } from './types';

export type StoreOutcome =
  | Readonly<{ kind: 'added'; id: string; version: number; orphanedAnnotations?: number }>
  | Readonly<{ kind: 'unchanged'; id: string }>
  | Readonly<{ kind: 'failed'; message: string }>;

/**
 * Stores one imported file in its own transaction, so an interrupted import leaves each spec
 * complete or absent. Same bytes again: unchanged. Same class, new bytes: the next version, and
 * the class's annotations move onto it in the same transaction (those not found become orphans).
 * With `importId`, the same transaction crosses the file off that import's journal.
 */
export async function storeImportedSpec(
  imported: ImportedSpec,
  now: number,
  database: AppDb = db,
  importId?: string,
): Promise<StoreOutcome> {
  try {
    return await database.transaction(
      'rw',
      [database.specs, database.summaries, database.meta, database.corrections, database.annotations],
      async (): Promise<StoreOutcome> => {
        if (importId) await settleJournalFile(importId, imported.relativePath, database);
        const existing = await database.specs.get(imported.hash);
        if (existing) return { kind: 'unchanged', id: existing.id };
        const identity = identifyClass(imported.spec, imported.fileName);
        const versions = await database.summaries.where('classKey').equals(identity.classKey).toArray();
        const version = versions.reduce((highest, row) => Math.max(highest, row.version), 0) + 1;
        const previousIds = versions.filter((row) => row.isLatest === 1).map((row) => row.id);
        await database.summaries.where('id').anyOf(previousIds).modify({ isLatest: 0 });
        const row: StoredSpec = {
          ...identity,
          id: imported.hash,
          version,
          parserVersion: PARSER_VERSION,
          sourceName: imported.relativePath || imported.fileName,
          format: imported.format,
          size: imported.size,
          importedAt: now,
          warningCount: imported.spec.warnings.length,
          spec: imported.spec,
        };
        await database.specs.add(row);
        // A revision lists under the title the analyst gave the class, where the correction carries to it.
        const corrections = await database.corrections.where('classKey').equals(row.classKey).toArray();
        await database.summaries.add(summarizeSpec(correctedRow(row, corrections), 1));
        if (version === 1) return { kind: 'added', id: row.id, version };
        const { orphaned } = await reanchorClassAnnotations(database, row);
        return { kind: 'added', id: row.id, version, ...(orphaned > 0 ? { orphanedAnnotations: orphaned } : {}) };
      },
    );
  } catch (error) {
    return { kind: 'failed', message: describeStorageError(error) };
  }
}
