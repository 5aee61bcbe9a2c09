import { Dexie, type Table } from 'dexie';
import { importInto } from 'dexie-export-import';
import {
  checkBackup,
  compareCounts,
  isRejection,
  parseBackup,
  sha256Hex,
  type BackupHeader,
} from '../../../../shared/backup';
import { AppDb } from '../schema';
import { describeStorageError } from '../storageError';
import { parseExport, type ParsedExport } from './backupBody';

export type RestoreOutcome =
  | Readonly<{ kind: 'restored'; header: BackupHeader; counts: Readonly<Record<string, number>> }>
  | Readonly<{ kind: 'refused'; message: string }>;

/** Rows of one table as they go into the live library; keys only for tables whose key is not inside the row. */
type TableRows = { values: unknown[]; keys: unknown[] | undefined };
type StagedLibrary = Readonly<{ rows: ReadonlyMap<string, TableRows>; counts: Readonly<Record<string, number>> }>;

const refused = (message: string): RestoreOutcome => ({ kind: 'refused', message });

/** Thrown inside the replacing transaction so that it rolls back. */
class RestoreCheckFailed extends Error {}

/**
 * Restores a backup file in three steps, each of which can refuse without touching the live
 * library: check the file (header, length, SHA-256, schema), load it into a staging database
 * (upgraded to this app's schema by the normal upgraders) and count its rows, and only then
 * replace every live table in one transaction that counts the result again before it commits.
 */
export async function restoreLibrary(file: Uint8Array, live: AppDb): Promise<RestoreOutcome> {
  if (live.gate.readOnlyReason !== null) return refused(live.gate.readOnlyReason);
  const parsed = parseBackup(file);
  if (isRejection(parsed)) return refused(parsed.message);
  const problem = checkBackup(parsed, await sha256Hex(parsed.body), live.verno);
  if (problem) return refused(problem.message);
  const exported = parseExport(parsed.body);
  if (!exported) return refused('The backup’s contents cannot be read as a library export; nothing was restored.');
  const headerProblem = matchHeader(exported, parsed.header);
  if (headerProblem) return refused(headerProblem);

  const stagingName = `${live.name}-restore-staging`;
  await Dexie.delete(stagingName);
  try {
    const staged = await stage(exported, parsed.header, stagingName, live.verno);
    if (typeof staged === 'string') return refused(staged);
    const counts = await replaceLive(live, staged);
    return { kind: 'restored', header: parsed.header, counts };
  } catch (error) {
    if (error instanceof RestoreCheckFailed) return refused(error.message);
    return refused(`Nothing was restored: ${describeStorageError(error, 'try the restore again')}`);
  } finally {
    await Dexie.delete(stagingName);
  }
}

function matchHeader(exported: ParsedExport, header: BackupHeader): string | null {
  if (exported.formatName !== 'dexie' || exported.databaseVersion !== header.schemaVersion) {
    return 'The backup’s contents do not match its header (format or schema version); nothing was restored.';
  }
  const listed = Object.fromEntries(exported.tables.map((table) => [table.name, table.rowCount]));
  return compareCounts(header.tables, listed, 'its export lists')?.message ?? null;
}

async function countTables(tables: readonly Table[]): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table.name, await table.count()] as const)));
}

/**
 * The backup loaded into its own database at its own schema and counted. A backup of this
 * app's schema goes live from the rows just loaded (the same objects the staging copy was
 * written from); an older one is upgraded in staging by the normal upgraders and read back.
 */
async function stage(
  exported: ParsedExport,
  header: BackupHeader,
  stagingName: string,
  liveVersion: number,
): Promise<StagedLibrary | string> {
  const loaded = new Map<string, TableRows>();
  // The staging copy is deleted right after the restore, so its commits need not wait for the disk.
  const raw = new Dexie(stagingName, { chromeTransactionDurability: 'relaxed' });
  const upgrades = header.schemaVersion !== liveVersion;
  // A staging copy that goes live from memory is only counted: its primary keys are enough (no index writes); one the upgraders run on needs the backup's whole schema.
  const schemaOf = (schema: string): string => (upgrades ? schema : (schema.split(',')[0] ?? schema));
  raw
    .version(header.schemaVersion)
    .stores(Object.fromEntries(exported.tables.map((table) => [table.name, schemaOf(table.schema)])));
  try {
    await importInto(raw, exported.stream, {
      acceptNameDiff: true,
      transform: (tableName, value: unknown, key: unknown) => {
        const rows = loaded.get(tableName) ?? { values: [], keys: key === undefined ? undefined : [] };
        loaded.set(tableName, rows);
        rows.values.push(value);
        rows.keys?.push(key);
        return { value, key };
      },
    });
    const stagedProblem = compareCounts(header.tables, await countTables(raw.tables), 'the staging copy holds');
    if (stagedProblem) return stagedProblem.message;
  } finally {
    raw.close();
  }
  if (header.schemaVersion === liveVersion) return { rows: loaded, counts: header.tables };

  loaded.clear();
  // Opening it as this app's database runs the upgraders from the backup's schema version.
  const upgraded = new AppDb(stagingName);
  try {
    await upgraded.open();
    const rows = new Map<string, TableRows>();
    for (const table of upgraded.tables) rows.set(table.name, await rowsWithKeys(table));
    return { rows, counts: await countTables(upgraded.tables) };
  } finally {
    upgraded.close();
  }
}

async function rowsWithKeys(table: Table): Promise<TableRows> {
  const values = await table.toArray();
  const keys = table.schema.primKey.keyPath ? undefined : await table.toCollection().primaryKeys();
  return { values, keys };
}

/** Every live table replaced in one transaction; a count that differs from the staged one rolls it all back. */
async function replaceLive(live: AppDb, staged: StagedLibrary): Promise<Record<string, number>> {
  return live.transaction('rw', live.tables, async () => {
    for (const table of live.tables) {
      await table.clear();
      const rows = staged.rows.get(table.name);
      if (rows && rows.values.length > 0)
        await (rows.keys ? table.bulkAdd(rows.values, rows.keys as never) : table.bulkAdd(rows.values));
    }
    const counts = await countTables(live.tables);
    const problem = compareCounts(staged.counts, counts, 'the library after the copy holds');
    if (problem) throw new RestoreCheckFailed(problem.message);
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  });
}
