import { useId, useState } from 'react';
import { isRejection, parseBackup, type BackupHeader } from '../../../../shared/backup';
import { describeCounts, restoreAndDescribe } from './restoreMessages';

type Step =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'confirm'; fileName: string; header: BackupHeader; file: Uint8Array }>
  | Readonly<{ kind: 'restoring' }>
  | Readonly<{ kind: 'done'; message: string; isError: boolean }>;

/** Restore from a backup file: the file is checked in full before the live library is touched. */
export function RestorePanel() {
  const inputId = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const pick = async (picked: File | undefined): Promise<void> => {
    if (!picked) return;
    const file = new Uint8Array(await picked.arrayBuffer());
    const parsed = parseBackup(file);
    if (isRejection(parsed))
      return setStep({ kind: 'done', message: `Nothing was restored: ${parsed.message}`, isError: true });
    setStep({ kind: 'confirm', fileName: picked.name, header: parsed.header, file });
  };
  const restore = async (file: Uint8Array): Promise<void> => {
    setStep({ kind: 'restoring' });
    setStep({ kind: 'done', ...(await restoreAndDescribe(file)) });
  };

  return (
    <section aria-labelledby="restore-title">
      <h2 id="restore-title">Restore</h2>
      <p>
        Replaces the whole library with a backup. The backup is checked (completeness, checksum, version) and loaded
        aside first; if anything is wrong, nothing changes.
      </p>
      <label htmlFor={inputId}>Backup file to restore</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".reclass-backup,application/json"
        onChange={(event) => void pick(event.target.files?.[0])}
        disabled={step.kind === 'restoring'}
      />
      {step.kind === 'confirm' && (
        <div role="group" aria-label="Confirm restore">
          <p>
            {step.fileName}: backup of {new Date(step.header.createdAt).toLocaleString()} by Reclass{' '}
            {step.header.appVersion} (library schema {step.header.schemaVersion}) with{' '}
            {describeCounts(step.header.tables)}. Restoring replaces everything in the library now.
          </p>
          <button type="button" className="danger" onClick={() => void restore(step.file)}>
            Replace the library with this backup
          </button>{' '}
          <button type="button" onClick={() => setStep({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
      {step.kind === 'restoring' && <p role="status">Checking and restoring…</p>}
      {step.kind === 'done' && <p role={step.isError ? 'alert' : 'status'}>{step.message}</p>}
    </section>
  );
}
