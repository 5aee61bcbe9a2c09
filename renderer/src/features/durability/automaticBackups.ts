import { useEffect, useState } from 'react';
import { version } from '../../../../package.json';
import { isDailyBackupDue } from '../../../../shared/backup';
import type { AutomaticBackupReason } from '../../../../shared/ipc/contract';
import { markAutoBackedUp, readBackupClock } from './backupClock';
import { db, exportLibrary, type LibraryAccess, type LibraryBackup } from '../../db';
import { type AutomaticBackups, type Host } from '../../platform';

const CHECK_EVERY_MS = 3_600_000;

export async function writeAutomaticBackup(
  backups: AutomaticBackups,
  reason: AutomaticBackupReason,
  backup?: LibraryBackup,
): Promise<void> {
  const now = new Date();
  const { file } = backup ?? (await exportLibrary(db, version, now));
  await backups.write(reason, file);
  markAutoBackedUp(now.getTime());
}

/** A backup made just before a schema upgrade, held for a download offer where there is no backup folder (the browser). */
let heldUpgradeBackup: LibraryBackup | null = null;
export const takeHeldUpgradeBackup = (): LibraryBackup | null => heldUpgradeBackup;

/** What happens to the backup of a library about to be upgraded: into the backup folder, or held for the analyst to download. */
export function backupBeforeUpgrade(host: Host): (backup: LibraryBackup) => Promise<void> {
  return async (backup) => {
    if (host.automaticBackups) await writeAutomaticBackup(host.automaticBackups, 'before-upgrade', backup);
    else heldUpgradeBackup = backup;
  };
}

/** Desktop: a daily backup when the library changed, and one on quit. Returns the last failure to show. */
export function useAutomaticBackups(host: Host, access: LibraryAccess): string | null {
  const [failure, setFailure] = useState<string | null>(null);
  const backups = access.kind === 'read-write' ? host.automaticBackups : null;
  useEffect(() => {
    if (!backups) return;
    const run = (reason: AutomaticBackupReason): void => {
      writeAutomaticBackup(backups, reason).then(
        () => setFailure(null),
        (error: unknown) =>
          setFailure(
            `The automatic backup failed (${error instanceof Error ? error.message : String(error)}); the library itself is unchanged. Use “Back up library…” to keep a copy.`,
          ),
      );
    };
    const checkDaily = (): void => {
      const clock = readBackupClock();
      if (isDailyBackupDue(clock.lastAutoBackupAt, clock.lastChangeAt, Date.now())) run('daily');
    };
    checkDaily();
    const timer = window.setInterval(checkDaily, CHECK_EVERY_MS);
    const stopListening = backups.onRequest(() => run('quit'));
    return () => {
      window.clearInterval(timer);
      stopListening();
    };
  }, [backups]);
  return failure;
}
