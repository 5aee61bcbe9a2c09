import { useEffect, useState } from 'react';
import { backupReminder } from '../../../../shared/backup';
import { routeToHash } from '../../app/route';
import type { LibraryAccess } from '../../db/libraryAccess';
import { readBackupClock } from './backupClock';
import { useStoragePersistence } from './useStoragePersistence';

type LibraryNoticesProps = Readonly<{ access: LibraryAccess; hostKind: 'desktop' | 'web' }>;

const HOUR_MS = 3_600_000;

/** Banners about the library's safety: read-only (newer version), storage that may be cleared, a backup that is due. */
export function LibraryNotices({ access, hostKind }: LibraryNoticesProps) {
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
          Storage is not marked persistent: the {hostKind === 'web' ? 'browser' : 'system'} may clear this library when disk space runs low. Back up regularly ({dataLink}).
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
