import { useCallback, useMemo, useState } from 'react';
import { ALGO_VERSION, compareSpecs } from '../../../../shared/compare';
import { addOverride, applyOverrides, type AdjustedComparison } from '../../../../shared/report';
import { type AlignmentOverride, type ComparisonRow, type RowNote, saveComparison, type StoredSpec, updateComparison } from '../../db';
import { describeLink } from './describeLink';

export type ComparisonWorkspace = Readonly<{
  comparison: AdjustedComparison;
  overrides: readonly AlignmentOverride[];
  notes: readonly RowNote[];
  threshold: number;
  /** Engine version the saved overrides were made against, when it differs from the current engine. */
  staleAlgoVersion: number | null;
  /** The analyst has checked the overrides against the current engine's alignment. */
  acceptEngineVersion: () => void;
  link: (a: number, b: number) => void;
  unlink: (a: number, b: number) => void;
  setNote: (rowKey: string, text: string) => void;
  setThreshold: (threshold: number) => void;
  /** Saves a new comparison; returns its id. */
  saveAs: (name: string) => Promise<number>;
}>;

type WorkspaceInput = Readonly<{ left: StoredSpec; right: StoredSpec; saved: ComparisonRow | null; initialThreshold: number; onThresholdChange: (threshold: number) => void }>;

/** The engine's comparison of two specs with the analyst's overrides and notes; changes to a saved comparison are stored as they happen. */
export function useComparisonWorkspace({ left, right, saved, initialThreshold, onThresholdChange }: WorkspaceInput): ComparisonWorkspace {
  const [overrides, setOverrides] = useState<readonly AlignmentOverride[]>(saved?.overrides ?? []);
  const [notes, setNotes] = useState<readonly RowNote[]>(saved?.notes ?? []);
  const [threshold, setThresholdState] = useState(saved?.threshold ?? initialThreshold);
  const savedId = saved?.id;

  const engine = useMemo(() => compareSpecs(left.spec, right.spec, { threshold }), [left.spec, right.spec, threshold]);
  const comparison = useMemo(
    () =>
      applyOverrides(engine, overrides, {
        dutiesA: left.spec.duties,
        dutiesB: right.spec.duties,
        describeLink: (a, b) => describeLink(left.spec.duties, right.spec.duties, a, b),
      }),
    [engine, overrides, left.spec.duties, right.spec.duties],
  );

  const persist = useCallback(
    (changes: Partial<Pick<ComparisonRow, 'overrides' | 'notes' | 'threshold' | 'algoVersion'>>) => {
      if (savedId !== undefined) void updateComparison(savedId, changes, Date.now());
    },
    [savedId],
  );
  const changeOverrides = (next: AlignmentOverride): void => {
    const updated = addOverride(overrides, next);
    setOverrides(updated);
    persist({ overrides: updated });
  };
  const [acceptedVersion, setAcceptedVersion] = useState(saved?.algoVersion ?? ALGO_VERSION);

  return {
    comparison,
    overrides,
    notes,
    threshold,
    staleAlgoVersion: acceptedVersion !== ALGO_VERSION ? acceptedVersion : null,
    acceptEngineVersion: () => {
      // The warning goes only once the new version is stored, so a reload can never bring it back.
      const stored = savedId === undefined ? Promise.resolve() : updateComparison(savedId, { algoVersion: ALGO_VERSION }, Date.now());
      void stored.then(() => setAcceptedVersion(ALGO_VERSION));
    },
    link: (a, b) => changeOverrides({ kind: 'link', a, b }),
    unlink: (a, b) => changeOverrides({ kind: 'unlink', a, b }),
    setNote: (rowKey, text) => {
      const updated = [...notes.filter((note) => note.rowKey !== rowKey), ...(text.trim() ? [{ rowKey, text: text.trim() }] : [])];
      setNotes(updated);
      persist({ notes: updated });
    },
    setThreshold: (next) => {
      setThresholdState(next);
      onThresholdChange(next);
      persist({ threshold: next });
    },
    saveAs: (name) =>
      saveComparison({ name, leftId: left.id, rightId: right.id, threshold, algoVersion: ALGO_VERSION, overrides, notes }, Date.now()),
  };
}
