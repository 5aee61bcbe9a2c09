import { useEffect, useState } from 'react';
import { backupReminder } from '../../../../shared/backup';
import { routeToHash } from '../../routing';
import { takeHeldUpgradeBackup, useAutomaticBackups } from './automaticBackups';
import { readBackupClock } from './backupClock';
import { useStoragePersistence } from './useStoragePersistence';
import { backupFileName, type LibraryAccess } from '../../db';
import { type Host } from '../../platform';

type LibraryNoticesProps = Readonly<{ access: LibraryAccess; host: Host }>;

const HOUR_MS = 3_600_000;

/** Banners about the library's safety: read-only (newer version), storage that may be cleared, a backup that is due. */
export function LibraryNotices({ access, host }: LibraryNoticesProps) {
  const hostKind = host.kind;
  const automaticBackupFailure = useAutomaticBackups(host, access);
  const upgradeBackup = takeHeldUpgradeBackup();
  const persistence = useStoragePersistence(access.kind === 'read-write');
  const reminder = useBackupReminder(hostKind === 'web' && access.kind === 'read-write');
  const dataLink = <a href={routeToHash({ name: 'data' })}>Backup &amp; Trash</a>;
  return (
    <div className="library-notices">
      {access.kind === 'read-only' && (
        <div className="notice notice--warning" role="alert" data-testid="read-only-notice">
          {access.message}
        </div>
      )}
      {persistence === 'not-granted' && (
        <div className="notice notice--warning" role="alert">
          Storage is not marked persistent: the {hostKind === 'web' ? 'browser' : 'system'} may clear this library when
          disk space runs low. Back up regularly ({dataLink}).
        </div>
      )}
      {automaticBackupFailure && (
        <div className="notice notice--warning" role="alert">
          {automaticBackupFailure}
        </div>
      )}
      {upgradeBackup && (
        <div className="notice" role="status">
          This library was upgraded from schema {upgradeBackup.header.schemaVersion}; a backup of it as it was is ready.{' '}
          <button
            type="button"
            onClick={() =>
              void host.saveFile(backupFileName(new Date(upgradeBackup.header.createdAt)), 'backup', upgradeBackup.file)
            }
          >
            Download the pre-upgrade backup
          </button>
        </div>
      )}
      {reminder && (
        <div className="notice" role="status">
          {reminder} Back it up from {dataLink}.
        </div>
      )}
    </div>
  );
}

function useBackupReminder(isEnabled: boolean): string | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), HOUR_MS);
    return () => window.clearInterval(timer);
  }, []);
  return isEnabled ? backupReminder(readBackupClock(), now) : null;
}
