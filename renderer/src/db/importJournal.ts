import type { FileRef } from '../../../shared/import';
import { db } from './db';
import type { AppDb } from './schema';

/** How an import was started, so resuming it can ask for the same kind of selection again. */
export type ImportOrigin = 'files' | 'folder' | 'dropped' | 'seeds';

/** An import that was running when the app stopped (crash, quit, killed tab). */
export type InterruptedImport = Readonly<{
  importId: string;
  origin: ImportOrigin;
  total: number;
  missing: readonly FileRef[];
}>;

// The journal lives in the key/value `meta` table: one header row per import and one row per file
// still to be imported, so settling a file is one small delete whatever the size of the import.
const HEADER = 'importJournal:';
const PENDING = 'importPending:';
const pendingKey = (importId: string, relativePath: string) => `${PENDING}${importId}:${relativePath}`;

type Header = Readonly<{ origin: ImportOrigin; total: number }>;

/** Records every file of an import that starts; each is crossed off as it is stored or fails. */
export async function beginImportJournal(
  importId: string,
  origin: ImportOrigin,
  files: readonly FileRef[],
  database: AppDb = db,
): Promise<void> {
  const header: Header = { origin, total: files.length };
  await database.transaction('rw', database.meta, async () => {
    await database.meta.put({ key: `${HEADER}${importId}`, value: JSON.stringify(header) });
    await database.meta.bulkPut(
      files.map((file) => ({ key: pendingKey(importId, file.relativePath), value: file.fileName })),
    );
  });
}

/** Crosses one file off; call it inside the transaction that stores the file's spec, so both happen or neither. */
export async function settleJournalFile(importId: string, relativePath: string, database: AppDb = db): Promise<void> {
  await database.meta.delete(pendingKey(importId, relativePath));
}

/** Forgets an import: it finished, was cancelled, was resumed or the analyst dismissed the offer. */
export async function endImportJournal(importId: string, database: AppDb = db): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    await database.meta.where('key').startsWith(`${PENDING}${importId}:`).delete();
    await database.meta.delete(`${HEADER}${importId}`);
  });
}

/** Imports whose journal is still open: at start-up, exactly those the app was stopped in the middle of. */
export async function listInterruptedImports(database: AppDb = db): Promise<InterruptedImport[]> {
  const headers = await database.meta.where('key').startsWith(HEADER).toArray();
  const interrupted: InterruptedImport[] = [];
  for (const row of headers) {
    const importId = row.key.slice(HEADER.length);
    const header = JSON.parse(String(row.value)) as Header;
    const prefix = `${PENDING}${importId}:`;
    const pending = await database.meta.where('key').startsWith(prefix).toArray();
    const missing = pending.map((file) => ({
      fileName: String(file.value),
      relativePath: file.key.slice(prefix.length),
    }));
    if (missing.length > 0) interrupted.push({ importId, origin: header.origin, total: header.total, missing });
    else await endImportJournal(importId, database);
  }
  return interrupted;
}
