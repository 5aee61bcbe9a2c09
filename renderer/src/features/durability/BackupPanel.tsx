import { useState } from 'react';
import { useAppServices } from '../../services';
import { backUpLibrary, type BackupResult } from './backupActions';
import { readBackupClock } from './backupClock';
import { db } from '../../db';

function describeResult(result: BackupResult): string {
  switch (result.kind) {
    case 'saved':
      return `Backed up ${result.rows} records to ${result.fileName}.`;
    case 'cancelled':
      return 'No backup was written (cancelled).';
    case 'failed':
      return result.message;
  }
}

/** "Back up library…" with the date of the last backup. */
export function BackupPanel() {
  const { host } = useAppServices();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BackupResult | null>(null);
  const { lastBackupAt } = readBackupClock();
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Back up</h2>
      <p>
        One file with every class and version, saved comparisons, notes, annotations, studies and settings, with a
        checksum so a damaged copy is never restored.{' '}
        {lastBackupAt
          ? `Last backup: ${new Date(lastBackupAt).toLocaleString()}.`
          : 'This library has not been backed up yet.'}
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void backUpLibrary(host, db).then((outcome) => {
            setResult(outcome);
            setBusy(false);
          });
        }}
      >
        {busy ? 'Backing up…' : 'Back up library…'}
      </button>
      {result && <p role={result.kind === 'failed' ? 'alert' : 'status'}>{describeResult(result)}</p>}
    </section>
  );
}
