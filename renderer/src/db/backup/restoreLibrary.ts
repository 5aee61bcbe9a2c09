import { Dexie, type Table } from 'dexie';
import { importInto, peakImportFile } from 'dexie-export-import';
import { checkBackup, compareCounts, isRejection, parseBackup, sha256Hex, type BackupHeader } from '../../../../shared/backup';
import { AppDb } from '../schema';
import { describeStorageError } from '../storageError';
import { countRows } from './exportLibrary';

export type RestoreOutcome =
  | Readonly<{ kind: 'restored'; header: BackupHeader; counts: Readonly<Record<string, number>> }>
  | Readonly<{ kind: 'refused'; message: string }>;

const refused = (message: string): RestoreOutcome => ({ kind: 'refused', message });

/**
 * Restores a backup file in three steps, each of which can refuse without touching the live
 * library: check the file (header, length, SHA-256, schema), load it into a staging database
 * (upgraded to this app's schema by the normal upgraders) and count its rows, and only then
 * replace every live table in one transaction.
 */
export async function restoreLibrary(file: Uint8Array, live: AppDb): Promise<RestoreOutcome> {
  if (live.gate.readOnlyReason !== null) return refused(live.gate.readOnlyReason);
  const parsed = parseBackup(file);
  if (isRejection(parsed)) return refused(parsed.message);
  const problem = checkBackup(parsed, await sha256Hex(parsed.body), live.verno);
  if (problem) return refused(problem.message);

  const stagingName = `${live.name}-restore-staging`;
  await Dexie.delete(stagingName);
  try {
    const staged = await stage(parsed.body, parsed.header, stagingName);
    if (typeof staged === 'string') return refused(staged);
    const counts = await replaceLive(live, staged);
    staged.close();
    return { kind: 'restored', header: parsed.header, counts };
  } catch (error) {
    return refused(`Nothing was restored: ${describeStorageError(error, 'try the restore again')}`);
  } finally {
    await Dexie.delete(stagingName);
  }
}

/** The backup loaded into its own database at its own schema, then upgraded; a message when it does not match its header. */
async function stage(body: Uint8Array, header: BackupHeader, stagingName: string): Promise<AppDb | string> {
  const blob = new Blob([body as Uint8Array<ArrayBuffer>]);
  let meta: Awaited<ReturnType<typeof peakImportFile>>;
  try {
    meta = await peakImportFile(blob);
  } catch {
    return 'The backup’s contents cannot be read as a library export; nothing was restored.';
  }
  if (meta.formatName !== 'dexie' || meta.data.databaseVersion !== header.schemaVersion) {
    return 'The backup’s contents do not match its header (format or schema version); nothing was restored.';
  }
  const listed = Object.fromEntries(meta.data.tables.map((table) => [table.name, table.rowCount]));
  const listedProblem = compareCounts(header.tables, listed, 'its export lists');
  if (listedProblem) return listedProblem.message;

  const raw = new Dexie(stagingName);
  raw.version(header.schemaVersion).stores(Object.fromEntries(meta.data.tables.map((table) => [table.name, table.schema])));
  await importInto(raw, blob, { acceptNameDiff: true });
  const stagedCounts = Object.fromEntries(await Promise.all(raw.tables.map(async (table) => [table.name, await table.count()] as const)));
  raw.close();
  const stagedProblem = compareCounts(header.tables, stagedCounts, 'the staging copy holds');
  if (stagedProblem) return stagedProblem.message;

  // Opening it as this app's database runs the upgraders from the backup's schema version.
  const upgraded = new AppDb(stagingName);
  await upgraded.open();
  return upgraded;
}

async function rowsWithKeys(table: Table): Promise<{ rows: unknown[]; keys: unknown[] | undefined }> {
  const rows = await table.toArray();
  // Tables whose key is not inside the row need their keys carried along.
  const keys = table.schema.primKey.keyPath ? undefined : await table.toCollection().primaryKeys();
  return { rows, keys };
}

async function replaceLive(live: AppDb, staged: AppDb): Promise<Record<string, number>> {
  const copies = new Map<string, Awaited<ReturnType<typeof rowsWithKeys>>>();
  for (const table of staged.tables) copies.set(table.name, await rowsWithKeys(table));
  await live.transaction('rw', live.tables, async () => {
    for (const table of live.tables) {
      await table.clear();
      const copy = copies.get(table.name);
      if (copy && copy.rows.length > 0) await (copy.keys ? table.bulkAdd(copy.rows, copy.keys as never) : table.bulkAdd(copy.rows));
    }
  });
  return countRows(live);
}
