import { useEffect, useState } from 'react';
import { describeStorageError } from '../../db';
import { dismissUndo, useUndoOffer } from './undoToast';

type Outcome = Readonly<{ key: number; message: string; isError: boolean }>;

/** The latest undo offer ("Moved … to Trash — Undo"), kept until the analyst undoes or dismisses it. */
export function UndoToast() {
  const offer = useUndoOffer();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => setOutcome(null), [offer?.key]);

  if (!offer) return null;
  const undo = async (): Promise<void> => {
    setBusy(true);
    try {
      const undone = await offer.undo();
      setOutcome({
        key: offer.key,
        message: undone
          ? offer.undone
          : 'Nothing to undo: it is no longer in the Trash (restored or deleted for good).',
        isError: !undone,
      });
    } catch (error) {
      setOutcome({
        key: offer.key,
        message: describeStorageError(error, 'try Undo again or restore it from the Trash'),
        isError: true,
      });
    } finally {
      setBusy(false);
    }
  };
  const shown = outcome?.key === offer.key ? outcome : null;
  return (
    <div className="undo-toast" role="region" aria-label="Undo">
      {shown ? (
        <p role={shown.isError ? 'alert' : 'status'}>{shown.message}</p>
      ) : (
        <p role="status">
          {offer.message} —{' '}
          <button type="button" onClick={() => void undo()} disabled={busy}>
            Undo
          </button>
        </p>
      )}
      <button type="button" className="undo-toast-close" aria-label="Dismiss" onClick={() => dismissUndo(offer.key)}>
        ×
      </button>
    </div>
  );
}
