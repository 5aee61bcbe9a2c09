import { useState } from 'react';
import type { InterruptedImport } from '../db';
import { useAppServices, useInterruptedImports } from '../services';

const PICK_AGAIN: Readonly<Record<InterruptedImport['origin'], string>> = {
  files: 'Pick the same files again; only the missing ones are imported.',
  dropped: 'Pick the same files again; only the missing ones are imported.',
  folder: 'Pick the same folder again; only the missing files are imported.',
  seeds: '',
};

function InterruptedImportOffer({ interrupted, isWeb }: Readonly<{ interrupted: InterruptedImport; isWeb: boolean }>) {
  const { imports } = useAppServices();
  const [isBusy, setIsBusy] = useState(false);
  const { total, missing, origin, importId } = interrupted;
  const act = (action: () => Promise<unknown>) => {
    setIsBusy(true);
    void action().finally(() => setIsBusy(false));
  };
  return (
    <section className="import-panel import-panel--interrupted" aria-label="Interrupted import">
      <div className="import-panel__status">
        <strong role="status">
          {missing.length} of {total} files were not imported
        </strong>
        <span>The last import stopped before it finished (the app was closed or crashed).</span>
        <button type="button" disabled={isBusy} onClick={() => act(() => imports.resume(importId))}>
          Resume import
        </button>
        <button type="button" disabled={isBusy} onClick={() => act(() => imports.dismissInterrupted(importId))}>
          Dismiss
        </button>
      </div>
      {isWeb && PICK_AGAIN[origin] && <p className="import-panel__hint">{PICK_AGAIN[origin]}</p>}
      <details>
        <summary>Files not imported</summary>
        <ul className="import-panel__missing" aria-label="Files not imported">
          {missing.map((file) => (
            <li key={file.relativePath}>{file.relativePath}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Offers to resume each import that a crash or quit interrupted, listing exactly the files it never imported. */
export function ResumeImportBanner() {
  const { host } = useAppServices();
  const { imports, problem } = useInterruptedImports();
  if (imports.length === 0 && !problem) return null;
  return (
    <>
      {problem && (
        <p className="import-panel import-panel__problem" role="alert">
          {problem}
        </p>
      )}
      {imports.map((interrupted) => (
        <InterruptedImportOffer key={interrupted.importId} interrupted={interrupted} isWeb={host.kind === 'web'} />
      ))}
    </>
  );
}
