const DAY_MS = 86_400_000;
/** A manual backup older than this, with changes since, earns a reminder. */
export const REMIND_AFTER_DAYS = 7;

export type BackupClock = Readonly<{ lastBackupAt: number | null; lastChangeAt: number | null }>;

/** The reminder to show ("never backed up" / "N days ago"), or null when the last backup is recent or nothing changed since. */
export function backupReminder({ lastBackupAt, lastChangeAt }: BackupClock, now: number): string | null {
  if (lastChangeAt === null || (lastBackupAt !== null && lastChangeAt <= lastBackupAt)) return null;
  if (lastBackupAt === null)
    return 'This library has never been backed up. A backup file is the only copy that survives a cleared browser profile.';
  const days = Math.floor((now - lastBackupAt) / DAY_MS);
  if (days < REMIND_AFTER_DAYS) return null;
  return `The last backup of this library is ${days} days old and the library has changed since.`;
}

/** Whether the daily automatic backup is due: something changed since the last one and it is a day old (or there is none). */
export function isDailyBackupDue(lastAutoBackupAt: number | null, lastChangeAt: number | null, now: number): boolean {
  if (lastChangeAt === null || (lastAutoBackupAt !== null && lastChangeAt <= lastAutoBackupAt)) return false;
  return lastAutoBackupAt === null || now - lastAutoBackupAt >= DAY_MS;
}
