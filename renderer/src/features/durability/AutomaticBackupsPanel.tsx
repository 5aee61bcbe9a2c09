import { useCallback, useEffect, useState } from 'react';
import type { AutomaticBackupInfo, AutomaticBackupReason } from '../../../../shared/ipc/contract';
import type { AutomaticBackups } from '../../platform';
import { describeCounts, restoreAndDescribe, type RestoreResult } from './restoreMessages';

const REASONS: Readonly<Record<AutomaticBackupReason, string>> = {
  'before-upgrade': 'Before a library upgrade',
  daily: 'Daily',
  quit: 'When the app quit',
};

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Listing =
  | Readonly<{ kind: 'loading' }>
  | Readonly<{ kind: 'failed'; message: string }>
  | Readonly<{ kind: 'listed'; backups: readonly AutomaticBackupInfo[] }>;

/** Desktop only: the automatic backups in the user-data folder, each restorable through the same checked path as a backup file. */
export function AutomaticBackupsPanel({ backups }: Readonly<{ backups: AutomaticBackups }>) {
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [chosen, setChosen] = useState<AutomaticBackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [result, setResult] = useState<RestoreResult | null>(null);

  const load = useCallback(() => {
    backups.list().then(
      (listed) => setListing({ kind: 'listed', backups: listed }),
      (error: unknown) =>
        setListing({
          kind: 'failed',
          message: `The automatic backups could not be listed (${error instanceof Error ? error.message : String(error)}).`,
        }),
    );
  }, [backups]);
  useEffect(load, [load]);

  const restore = async (backup: AutomaticBackupInfo): Promise<void> => {
    setRestoring(true);
    setResult(null);
    try {
      setResult(await restoreAndDescribe(await backups.read(backup.fileName)));
    } catch (error) {
      setResult({
        message: `Nothing was restored: the backup file could not be read (${error instanceof Error ? error.message : String(error)}).`,
        isError: true,
      });
    } finally {
      setRestoring(false);
      setChosen(null);
    }
  };

  return (
    <section aria-labelledby="auto-backups-title">
      <h2 id="auto-backups-title">Automatic backups</h2>
      <p>
        Made before every library upgrade, once a day when something changed and when the app quits; kept in Reclass’s
        folder on this computer (the newest 3, then one a day for a week).
      </p>
      {listing.kind === 'loading' && <p role="status">Loading…</p>}
      {listing.kind === 'failed' && <p role="alert">{listing.message}</p>}
      {listing.kind === 'listed' && listing.backups.length === 0 && (
        <p className="muted">No automatic backup has been made yet.</p>
      )}
      {listing.kind === 'listed' && listing.backups.length > 0 && (
        <table className="auto-backups">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">Records</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.backups.map((backup) => {
              const made = new Date(backup.createdAt).toLocaleString();
              return (
                <tr key={backup.fileName}>
                  <td>{made}</td>
                  <td>{REASONS[backup.reason]}</td>
                  <td>{megabytes(backup.size)}</td>
                  <td>{backup.tables ? describeCounts(backup.tables) : 'header damaged (it will not restore)'}</td>
                  <td>
                    <button
                      type="button"
                      disabled={restoring}
                      onClick={() => setChosen(backup)}
                      aria-label={`Restore the automatic backup of ${made}`}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {chosen && !restoring && (
        <div role="group" aria-label="Confirm restore of an automatic backup">
          <p>
            Restoring the automatic backup of {new Date(chosen.createdAt).toLocaleString()} replaces everything in the
            library now. It is checked first; if anything is wrong, nothing changes.
          </p>
          <button type="button" className="danger" onClick={() => void restore(chosen)}>
            Replace the library with this automatic backup
          </button>{' '}
          <button type="button" onClick={() => setChosen(null)}>
            Cancel
          </button>
        </div>
      )}
      {restoring && <p role="status">Checking and restoring…</p>}
      {result && <p role={result.isError ? 'alert' : 'status'}>{result.message}</p>}
    </section>
  );
}
