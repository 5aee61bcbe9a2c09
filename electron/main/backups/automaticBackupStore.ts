import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToDelete, isRejection, parseBackup } from '../../../shared/backup';
import type { AutomaticBackupInfo, AutomaticBackupReason } from '../../../shared/ipc/contract';

const NAME_PATTERN =
  /^reclass-auto-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(before-upgrade|daily|quit)\.reclass-backup$/;

export type AutomaticBackupStore = Readonly<{
  write: (reason: AutomaticBackupReason, bytes: Uint8Array) => Promise<AutomaticBackupInfo>;
  list: () => Promise<AutomaticBackupInfo[]>;
  read: (fileName: string) => Promise<Uint8Array>;
}>;

export function automaticBackupName(now: Date, reason: AutomaticBackupReason): string {
  return `reclass-auto-backup-${now.toISOString().replace(/[:.]/g, '-')}-${reason}.reclass-backup`;
}

function parseName(fileName: string): { createdAt: number; reason: AutomaticBackupReason } | null {
  const match = NAME_PATTERN.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  const [date, time] = match[1].split('T');
  const [hours, minutes, seconds, millis] = (time ?? '').replace('Z', '').split('-');
  const createdAt = Date.parse(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isFinite(createdAt) ? { createdAt, reason: match[2] as AutomaticBackupReason } : null;
}

/** A backup header is one short JSON line; this much of the file always holds it. */
const HEADER_READ_BYTES = 64 * 1024;

function tablesOf(head: Uint8Array): Readonly<Record<string, number>> | null {
  const parsed = parseBackup(head);
  return isRejection(parsed) ? null : parsed.header.tables;
}

/** The row counts in a backup file's header, read without loading the whole file. */
async function readTables(path: string): Promise<Readonly<Record<string, number>> | null> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(HEADER_READ_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return tablesOf(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Writes a file so that a crash leaves either the old state or the whole new file: temp file, fsync, rename, fsync folder. */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))));
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open a folder for fsync, and NTFS journals renames.
  if (process.platform === 'win32' || !folder) return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Automatic backups in one folder (the user-data folder's backups/), kept by the retention rule after every write. */
export function createAutomaticBackupStore(folder: string, clock: () => Date = () => new Date()): AutomaticBackupStore {
  const list = async (): Promise<AutomaticBackupInfo[]> => {
    const names = await readdir(folder).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? [] : Promise.reject(error),
    );
    const entries = await Promise.all(
      names.map(async (fileName) => {
        const parsed = parseName(fileName);
        if (!parsed) return null;
        const path = join(folder, fileName);
        const { size } = await stat(path);
        return { fileName, size, ...parsed, tables: await readTables(path) };
      }),
    );
    return entries
      .filter((entry): entry is AutomaticBackupInfo => entry !== null)
      .sort((a, b) => b.createdAt - a.createdAt);
  };

  return {
    list,
    write: async (reason, bytes) => {
      await mkdir(folder, { recursive: true });
      const now = clock();
      const fileName = automaticBackupName(now, reason);
      await writeFileAtomically(join(folder, fileName), bytes);
      const existing = await list();
      const expired = backupsToDelete(
        existing.map((entry) => ({ name: entry.fileName, createdAt: entry.createdAt })),
        now.getTime(),
      );
      for (const entry of expired) await rm(join(folder, entry.name), { force: true });
      return {
        fileName,
        createdAt: now.getTime(),
        size: bytes.length,
        reason,
        tables: tablesOf(bytes.subarray(0, HEADER_READ_BYTES)),
      };
    },
    read: async (fileName) => {
      // Only names this store wrote (the validator already refused paths); never a path of the renderer's choosing.
      if (!parseName(fileName)) throw new Error(`Not an automatic backup: ${fileName}`);
      return new Uint8Array(await readFile(join(folder, fileName)));
    },
  };
}
