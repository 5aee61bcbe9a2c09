import type { BackupClock } from '../../../../shared/backup';

const LAST_CHANGE = 'reclass.library.lastChangeAt';
const LAST_BACKUP = 'reclass.library.lastBackupAt';
const LAST_AUTO_BACKUP = 'reclass.library.lastAutoBackupAt';

// Kept outside the library database on purpose: restoring a backup replaces every table, and these say when backups were made.
function read(key: string): number | null {
  const value = Number(window.localStorage.getItem(key));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function readBackupClock(): BackupClock & Readonly<{ lastAutoBackupAt: number | null }> {
  return { lastBackupAt: read(LAST_BACKUP), lastChangeAt: read(LAST_CHANGE), lastAutoBackupAt: read(LAST_AUTO_BACKUP) };
}

export const markLibraryChanged = (now: number): void => window.localStorage.setItem(LAST_CHANGE, String(now));
export const markBackedUp = (now: number): void => window.localStorage.setItem(LAST_BACKUP, String(now));
export const markAutoBackedUp = (now: number): void => window.localStorage.setItem(LAST_AUTO_BACKUP, String(now));
