import { useState } from 'react';
import { navigate } from '../../routing';
import { deleteClass, deleteSpec, type StoredSpec } from '../../db';

type DeleteControlsProps = Readonly<{ stored: StoredSpec; versionCount: number }>;

type Pending = 'version' | 'class' | null;

/** Deleting asks for a second click, since nothing can bring a deleted import back except importing it again. */
export function DeleteControls({ stored, versionCount }: DeleteControlsProps) {
  const [pending, setPending] = useState<Pending>(null);
  const confirm = async (): Promise<void> => {
    if (pending === 'version') await deleteSpec(stored.id);
    if (pending === 'class') await deleteClass(stored.classKey);
    navigate({ name: 'library' });
  };
  if (pending) {
    const what = pending === 'class' ? `all ${versionCount} versions of ${stored.title}` : `version ${stored.version} of ${stored.title}`;
    return (
      <div className="delete-controls" role="group" aria-label="Confirm delete">
        <span>Delete {what}?</span>
        <button type="button" className="danger" onClick={() => void confirm()}>
          Yes, delete
        </button>
        <button type="button" onClick={() => setPending(null)}>
          Keep it
        </button>
      </div>
    );
  }
  return (
    <div className="delete-controls">
      {versionCount > 1 && (
        <button type="button" onClick={() => setPending('version')}>
          Delete this version
        </button>
      )}
      <button type="button" onClick={() => setPending('class')}>
        {versionCount > 1 ? 'Delete class (all versions)' : 'Delete class'}
      </button>
    </div>
  );
}
