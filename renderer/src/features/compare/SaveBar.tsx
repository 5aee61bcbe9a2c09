import { useId, useState } from 'react';
import { describeStorageError } from '../../db';
import type { SaveState } from './comparisonAutosave';

type SaveBarProps = Readonly<{
  savedName: string | null;
  defaultName: string;
  overrideCount: number;
  noteCount: number;
  saveState: SaveState;
  onRetry: () => void;
  onSaveCopy: (name: string) => Promise<void>;
}>;

function describeState(state: SaveState, savedName: string | null, defaultName: string): string {
  switch (state.kind) {
    case 'unsaved':
      return `Not saved yet: your first link, unlink or note saves it as “${defaultName}”.`;
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved as “${savedName ?? defaultName}” at ${new Date(state.at).toLocaleTimeString()}; changes are saved as you make them.`;
    case 'failed':
      return `Not saved — ${state.message}`;
  }
}

/** Shows whether the comparison's work is stored (it saves itself), with retry after a failed write and "save a copy". */
export function SaveBar({
  savedName,
  defaultName,
  overrideCount,
  noteCount,
  saveState,
  onRetry,
  onSaveCopy,
}: SaveBarProps) {
  const id = useId();
  const [copyName, setCopyName] = useState<string | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);
  const counts = `${overrideCount} alignment override${overrideCount === 1 ? '' : 's'}, ${noteCount} note${noteCount === 1 ? '' : 's'}`;
  return (
    <div className="save-bar">
      <p role={saveState.kind === 'failed' ? 'alert' : 'status'} data-save-state={saveState.kind}>
        {describeState(saveState, savedName, defaultName)} <span className="muted">({counts})</span>
      </p>
      {saveState.kind === 'failed' && (
        <button type="button" onClick={onRetry}>
          Retry saving
        </button>
      )}
      {copyName === null ? (
        saveState.kind !== 'unsaved' && (
          <button type="button" onClick={() => setCopyName(`${savedName ?? defaultName} (copy)`)}>
            Save a copy as…
          </button>
        )
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSaveCopy(copyName.trim() || defaultName).then(
              () => setCopyName(null),
              (error: unknown) => setCopyError(describeStorageError(error, 'save the copy again')),
            );
          }}
        >
          <label htmlFor={id}>Name of the copy</label>
          <input id={id} type="text" value={copyName} onChange={(event) => setCopyName(event.target.value)} autoFocus />
          <button type="submit">Save copy</button>
          {copyError && <span role="alert">{copyError}</span>}
          <button type="button" onClick={() => setCopyName(null)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
