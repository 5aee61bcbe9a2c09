import { useId, useState } from 'react';

type SaveBarProps = Readonly<{
  savedName: string | null;
  defaultName: string;
  overrideCount: number;
  noteCount: number;
  onSave: (name: string) => Promise<void>;
}>;

/** Saves an unsaved comparison under a name; a saved one keeps its changes as they happen. */
export function SaveBar({ savedName, defaultName, overrideCount, noteCount, onSave }: SaveBarProps) {
  const id = useId();
  const [name, setName] = useState(defaultName);
  const counts = `${overrideCount} alignment override${overrideCount === 1 ? '' : 's'}, ${noteCount} note${noteCount === 1 ? '' : 's'}`;
  if (savedName !== null) {
    return (
      <p className="save-bar" role="status">
        Saved as “{savedName}” — {counts}; changes are kept automatically.
      </p>
    );
  }
  return (
    <form
      className="save-bar"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(name.trim() || defaultName);
      }}
    >
      <label htmlFor={id}>Comparison name</label>
      <input id={id} type="text" value={name} onChange={(event) => setName(event.target.value)} />
      <button type="submit">Save comparison</button>
      <span className="muted">{counts} (not saved yet)</span>
    </form>
  );
}
