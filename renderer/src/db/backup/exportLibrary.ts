import { exportDB, peakImportFile } from 'dexie-export-import';
import { encodeBackup, sha256Hex, type BackupHeader } from '../../../../shared/backup';
import type { Dexie } from 'dexie';

export type LibraryBackup = Readonly<{ header: BackupHeader; file: Uint8Array }>;

/** Rows per table of the whole database (every table, including ones added by later schema versions). */
export async function countRows(database: Dexie): Promise<Record<string, number>> {
  const entries = await Promise.all(database.tables.map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * One file holding every table of the library: a header line (schema and app version, row
 * counts, SHA-256 of the rest) and dexie-export-import's export. The counts are the export's own
 * (it reads every table in one transaction), so they always agree with the rows in the file.
 */
export async function exportLibrary(
  database: Dexie,
  appVersion: string,
  now: Date = new Date(),
): Promise<LibraryBackup> {
  // Large chunks: fewer round trips through the export's per-chunk transaction and JSON steps (5,000 specs in a few chunks).
  const blob = await exportDB(database, { numRowsPerChunk: 10_000 });
  const meta = await peakImportFile(blob);
  const counts = Object.fromEntries(
    meta.data.tables.map((table) => [table.name, table.rowCount] as const).sort(([a], [b]) => a.localeCompare(b)),
  );
  const body = new Uint8Array(await blob.arrayBuffer());
  const header: BackupHeader = {
    format: 'reclass-backup',
    formatVersion: 1,
    schemaVersion: database.verno,
    appVersion,
    createdAt: now.toISOString(),
    tables: counts,
    bytes: body.length,
    sha256: await sha256Hex(body),
  };
  return { header, file: encodeBackup(header, body) };
}

/** File name for a backup made at `now` (sortable, no characters any file system refuses). */
export function backupFileName(now: Date, kind: 'manual' | 'auto' = 'manual'): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `reclass-${kind === 'auto' ? 'auto-' : ''}backup-${stamp}.reclass-backup`;
}
