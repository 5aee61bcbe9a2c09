import { useEffect, useId, useRef, useState } from 'react';

type NoteEditorProps = Readonly<{ note: string; rowName: string; onSave: (text: string) => void }>;

/** A toggle button and, when open, a small form for the analyst's note on one row. */
export function NoteEditor({ note, rowName, onSave }: NoteEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  useKeepDraftOnLeave(draft, note, onSave);
  if (draft === null) {
    return (
      <div className="note">
        {note && (
          <p className="note__text">
            <strong>Note:</strong> {note}
          </p>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => setDraft(note)}
          aria-label={`${note ? 'Edit note' : 'Add note'} on ${rowName}`}
        >
          {note ? 'Edit note' : 'Add note'}
        </button>
      </div>
    );
  }
  return (
    <form
      className="note note--editing"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
        setDraft(null);
      }}
    >
      <label htmlFor={id}>Note on {rowName}</label>
      <textarea id={id} value={draft} rows={2} onChange={(event) => setDraft(event.target.value)} autoFocus />
      <button type="submit">Save note</button>
      <button type="button" onClick={() => setDraft(null)}>
        Cancel
      </button>
    </form>
  );
}

/** A note being typed when the analyst navigates away is stored, not dropped (Cancel is the way to drop it). */
function useKeepDraftOnLeave(draft: string | null, note: string, onSave: (text: string) => void): void {
  const latest = useRef({ draft, note, onSave });
  latest.current = { draft, note, onSave };
  useEffect(
    () => () => {
      const { draft: unsaved, note: stored, onSave: save } = latest.current;
      if (unsaved !== null && unsaved.trim() !== stored.trim()) save(unsaved);
    },
    [],
  );
}
