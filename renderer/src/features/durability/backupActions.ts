import { version } from '../../../../package.json';
import { markBackedUp } from './backupClock';
import { type AppDb, backupFileName, exportLibrary } from '../../db';
import { type Host } from '../../platform';

export type BackupResult = Readonly<
  { kind: 'saved'; fileName: string; rows: number } | { kind: 'cancelled' } | { kind: 'failed'; message: string }
>;

/** "Back up library…": every table into one file, saved where the analyst chooses (a download in the browser). */
export async function backUpLibrary(host: Host, database: AppDb, now: Date = new Date()): Promise<BackupResult> {
  try {
    const { header, file } = await exportLibrary(database, version, now);
    const fileName = backupFileName(now);
    if (!(await host.saveFile(fileName, 'backup', file))) return { kind: 'cancelled' };
    markBackedUp(now.getTime());
    return { kind: 'saved', fileName, rows: Object.values(header.tables).reduce((sum, count) => sum + count, 0) };
  } catch (error) {
    return {
      kind: 'failed',
      message: `The backup could not be written (${error instanceof Error ? error.message : String(error)}); the library is unchanged.`,
    };
  }
}
