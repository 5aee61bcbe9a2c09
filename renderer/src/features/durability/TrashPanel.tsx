import { useState } from 'react';
import {
  dependentsOfTrash,
  describeDependents,
  describeStorageError,
  emptyTrash,
  restoreFromTrash,
  useTrash,
  type TrashRow,
} from '../../db';

const describeRow = (row: TrashRow): string =>
  row.kind === 'class'
    ? `${row.title} (${row.specs.length} version${row.specs.length === 1 ? '' : 's'})`
    : `${row.title}, version ${row.specs[0]?.version ?? '?'}`;

/** Deleted classes and versions: restore one (undo), or empty the Trash after being told what goes with it. */
export function TrashPanel() {
  const rows = useTrash();
  const [confirmEmpty, setConfirmEmpty] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    try {
      await action();
      setMessage(done);
    } catch (error) {
      setMessage(describeStorageError(error, 'try again'));
    }
  };
  const askEmpty = async (): Promise<void> => {
    const { studies, ...deleted } = await dependentsOfTrash();
    const goes = describeDependents({ ...deleted, studies: 0 });
    const stays = describeDependents({ comparisons: 0, notes: 0, annotations: 0, studies });
    setConfirmEmpty(
      [
        goes
          ? `This also deletes ${goes} of these classes.`
          : 'No saved comparisons or annotations refer to these classes.',
        stays ? `${stays} keep${studies === 1 ? 's' : ''} its place and lists these classes as missing.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  return (
    <section aria-labelledby="trash-title">
      <h2 id="trash-title">Trash</h2>
      {rows === undefined ? (
        <p role="status">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted">The Trash is empty.</p>
      ) : (
        <>
          <ul className="trash-list">
            {rows.map((row) => (
              <li key={row.id}>
                {describeRow(row)} — deleted {new Date(row.deletedAt).toLocaleString()}{' '}
                <button
                  type="button"
                  onClick={() => void run(() => restoreFromTrash(row.id ?? -1), `Restored ${describeRow(row)}.`)}
                  aria-label={`Restore ${describeRow(row)}`}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
          {confirmEmpty === null ? (
            <button type="button" onClick={() => void askEmpty()}>
              Empty Trash…
            </button>
          ) : (
            <div role="group" aria-label="Confirm empty Trash">
              <p>
                Delete {rows.length} item{rows.length === 1 ? '' : 's'} for good? {confirmEmpty}
              </p>
              <button
                type="button"
                className="danger"
                onClick={() => void run(emptyTrash, 'The Trash was emptied.').then(() => setConfirmEmpty(null))}
              >
                Delete for good
              </button>{' '}
              <button type="button" onClick={() => setConfirmEmpty(null)}>
                Cancel
              </button>
            </div>
          )}
        </>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
