export type BackupEntry = Readonly<{ name: string; createdAt: number }>;

export const KEEP_LATEST = 3;
export const DAILY_DAYS = 7;
export const MAX_BACKUPS = 20;
const DAY_MS = 86_400_000;

/**
 * Which automatic backups to keep: the newest 3, plus the newest of each of the last 7 days,
 * at most 20 in all (newest first). Everything else may be deleted.
 */
export function backupsToKeep(entries: readonly BackupEntry[], now: number): BackupEntry[] {
  const newestFirst = [...entries].sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  const kept = new Set(newestFirst.slice(0, KEEP_LATEST));
  const seenDays = new Set<number>();
  for (const entry of newestFirst) {
    const age = now - entry.createdAt;
    if (age >= DAILY_DAYS * DAY_MS) continue;
    const day = Math.floor(entry.createdAt / DAY_MS);
    if (seenDays.has(day)) continue;
    seenDays.add(day);
    kept.add(entry);
  }
  return newestFirst.filter((entry) => kept.has(entry)).slice(0, MAX_BACKUPS);
}

/** The automatic backups retention lets go. */
export function backupsToDelete(entries: readonly BackupEntry[], now: number): BackupEntry[] {
  const keep = new Set(backupsToKeep(entries, now));
  return entries.filter((entry) => !keep.has(entry));
}
