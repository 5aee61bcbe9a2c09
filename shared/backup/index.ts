export { BACKUP_FORMAT, checkBackup, compareCounts, encodeBackup, isRejection, parseBackup } from './backupHeader';
export type { BackupHeader, BackupRejection, ParsedBackup } from './backupHeader';
export { backupsToDelete, backupsToKeep, DAILY_DAYS, KEEP_LATEST, MAX_BACKUPS } from './retention';
export type { BackupEntry } from './retention';
export { sha256Hex } from './sha256';
export { backupReminder, isDailyBackupDue, REMIND_AFTER_DAYS } from './reminder';
export type { BackupClock } from './reminder';
