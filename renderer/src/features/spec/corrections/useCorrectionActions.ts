import { useCallback, useState } from 'react';
import type { Correction, CorrectionStamp } from '../../../../../shared/corrections';
import { deleteCorrection, saveCorrection, type CorrectedStoredSpec } from '../../../db';

export type CorrectionActions = Readonly<{
  /** Builds a correction with a fresh stamp and saves it; a builder returning null changes nothing. */
  correct: (build: (stamp: CorrectionStamp) => Correction | null) => Promise<boolean>;
  remove: (correction: Correction) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
  /** The last failed write, as the analyst reads it. */
  error: string | null;
}>;

/** Every correction that touches this version, newest last: the undo stack. */
function undoStack(stored: CorrectedStoredSpec | null | undefined): readonly Correction[] {
  if (!stored) return [];
  const all = [...stored.corrections.applied, ...stored.corrections.orphaned.map((item) => item.correction)];
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

/** Takes the spec while it may still be loading, so the view can call it before its early returns. */
export function useCorrectionActions(stored: CorrectedStoredSpec | null | undefined): CorrectionActions {
  const [error, setError] = useState<string | null>(null);
  const [undone, setUndone] = useState<readonly Correction[]>([]);
  const classKey = stored?.classKey ?? '';
  const specId = stored?.id ?? '';
  const version = stored?.version ?? 0;
  const stack = undoStack(stored);

  const save = useCallback(
    async (correction: Correction): Promise<boolean> => {
      const outcome = await saveCorrection(classKey, correction);
      setError(outcome.ok ? null : outcome.message);
      return outcome.ok;
    },
    [classKey],
  );

  const correct = useCallback(
    async (build: (stamp: CorrectionStamp) => Correction | null): Promise<boolean> => {
      if (!specId) return false;
      const correction = build({
        id: crypto.randomUUID(),
        createdAt: Date.now(),
        origin: { specId, version },
      });
      if (!correction) return false;
      const saved = await save(correction);
      if (saved) setUndone([]);
      return saved;
    },
    [save, specId, version],
  );

  const remove = useCallback(
    async (correction: Correction): Promise<void> => {
      const outcome = await deleteCorrection(classKey, correction.id);
      setError(outcome.ok ? null : outcome.message);
      if (outcome.ok) setUndone((list) => [...list, correction]);
    },
    [classKey],
  );

  const last = stack.at(-1);
  const undo = useCallback(async () => (last ? remove(last) : undefined), [last, remove]);
  const next = undone.at(-1);
  const redo = useCallback(async () => {
    if (!next) return;
    if (await save(next)) setUndone((list) => list.slice(0, -1));
  }, [next, save]);

  return {
    correct,
    remove,
    undo,
    redo,
    canUndo: last !== undefined,
    canRedo: next !== undefined,
    error,
  };
}
