import { useState } from 'react';
import { navigate } from '../../routing';
import {
  countDependents,
  dependentsOfClass,
  describeDependents,
  describeStorageError,
  restoreFromTrash,
  trashClass,
  trashVersion,
  type StoredSpec,
} from '../../db';
import { offerUndo } from '../durability';

type DeleteControlsProps = Readonly<{ stored: StoredSpec; versionCount: number }>;

type Pending = Readonly<{ kind: 'version' | 'class'; dependents: string | null }> | null;

/** Deleting moves the class (or version) to the Trash, after saying what refers to it; the Trash can restore it. */
export function DeleteControls({ stored, versionCount }: DeleteControlsProps) {
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  const ask = async (kind: 'version' | 'class'): Promise<void> => {
    const dependents = kind === 'class' ? await dependentsOfClass(stored.classKey) : await countDependents([stored.id]);
    setPending({ kind, dependents: describeDependents(dependents) });
  };
  const confirm = async (kind: 'version' | 'class'): Promise<void> => {
    try {
      const trashId =
        kind === 'version' ? await trashVersion(stored.id, Date.now()) : await trashClass(stored.classKey, Date.now());
      const what = kind === 'version' ? `version ${stored.version} of ${stored.title}` : stored.title;
      if (trashId !== null)
        offerUndo({
          message: `Moved ${what} to Trash`,
          undo: () => restoreFromTrash(trashId),
          undone: `Restored ${what} from the Trash.`,
        });
      navigate({ name: 'library' });
    } catch (failure) {
      setError(describeStorageError(failure, 'try again'));
    }
  };
  if (pending) {
    const what =
      pending.kind === 'class'
        ? `all ${versionCount} version${versionCount === 1 ? '' : 's'} of ${stored.title}`
        : `version ${stored.version} of ${stored.title}`;
    return (
      <div className="delete-controls" role="group" aria-label="Confirm delete">
        <p>
          Move {what} to the Trash?{' '}
          {pending.dependents
            ? `${pending.dependents} refer to it; they are kept and work again if you restore it from the Trash.`
            : 'Nothing else in the library refers to it.'}
        </p>
        <button type="button" className="danger" onClick={() => void confirm(pending.kind)}>
          Move to Trash
        </button>
        <button type="button" onClick={() => setPending(null)}>
          Keep it
        </button>
        {error && <p role="alert">{error}</p>}
      </div>
    );
  }
  return (
    <div className="delete-controls">
      {versionCount > 1 && (
        <button type="button" onClick={() => void ask('version')}>
          Delete this version
        </button>
      )}
      <button type="button" onClick={() => void ask('class')}>
        {versionCount > 1 ? 'Delete class (all versions)' : 'Delete class'}
      </button>
    </div>
  );
}
