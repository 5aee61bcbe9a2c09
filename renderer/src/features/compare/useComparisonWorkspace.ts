import { useEffect, useMemo, useRef, useState } from 'react';
import { ALGO_VERSION, compareSpecs, type ActivityModel } from '../../../../shared/compare';
import { addOverride, applyOverrides, type AdjustedComparison } from '../../../../shared/report';
import {
  type AlignmentOverride,
  type ComparisonRow,
  type RowNote,
  saveComparison,
  type StoredSpec,
  updateComparison,
} from '../../db';
import { ComparisonAutosave, type ComparisonWork, type SaveState } from './comparisonAutosave';
import { describeLink } from './describeLink';

export type PrintField = 'preparer' | 'caseNumber';

export type ComparisonWorkspace = Readonly<{
  comparison: AdjustedComparison;
  overrides: readonly AlignmentOverride[];
  notes: readonly RowNote[];
  threshold: number;
  /** Preparer and case number as the analyst typed them ('' when not given). */
  printFields: Readonly<Record<PrintField, string>>;
  /** Whether the analyst's work is stored: every change is written as it is made. */
  saveState: SaveState;
  retrySave: () => void;
  /** Engine version the saved overrides were made against, when it differs from the current engine. */
  staleAlgoVersion: number | null;
  /** The analyst has checked the overrides against the current engine's alignment. */
  acceptEngineVersion: () => void;
  link: (a: number, b: number) => void;
  unlink: (a: number, b: number) => void;
  setNote: (rowKey: string, text: string) => void;
  setThreshold: (threshold: number) => void;
  setPrintField: (field: PrintField, value: string) => void;
  /** Stores the current work as another saved comparison under a new name; returns its id. */
  saveCopyAs: (name: string) => Promise<number>;
}>;

type WorkspaceInput = Readonly<{
  left: StoredSpec;
  right: StoredSpec;
  saved: ComparisonRow | null;
  /** Name a comparison gets when the analyst's first change stores it. */
  defaultName: string;
  initialThreshold: number;
  onThresholdChange: (threshold: number) => void;
  /** A first change stored this comparison under a new id. */
  onCreated: (id: number) => void;
  /** Work-activity model for duty matching; null matches on words alone. */
  activities: ActivityModel | null;
}>;

/** The engine's comparison of two specs with the analyst's overrides and notes, stored as they are made. */
export function useComparisonWorkspace({
  left,
  right,
  saved,
  defaultName,
  initialThreshold,
  onThresholdChange,
  onCreated,
  activities,
}: WorkspaceInput): ComparisonWorkspace {
  const [work, setWork] = useState<ComparisonWork>(() => ({
    overrides: saved?.overrides ?? [],
    notes: saved?.notes ?? [],
    threshold: saved?.threshold ?? initialThreshold,
    algoVersion: saved?.algoVersion ?? ALGO_VERSION,
    ...(saved?.preparer !== undefined ? { preparer: saved.preparer } : {}),
    ...(saved?.caseNumber !== undefined ? { caseNumber: saved.caseNumber } : {}),
  }));
  const [saveState, setSaveState] = useState<SaveState>(
    saved ? { kind: 'saved', at: saved.updatedAt } : { kind: 'unsaved' },
  );
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;
  const nameRef = useRef(defaultName);
  nameRef.current = defaultName;
  const [autosave] = useState(
    () =>
      new ComparisonAutosave(
        saved?.id ?? null,
        {
          create: (stored) =>
            saveComparison(
              { name: saved?.name ?? nameRef.current, leftId: left.id, rightId: right.id, ...stored },
              Date.now(),
            ),
          update: (id, stored) => updateComparison(id, stored, Date.now()),
        },
        { onState: setSaveState, onCreated: (id) => onCreatedRef.current(id) },
      ),
  );
  useUnsavedWorkGuard(autosave);

  const { overrides, notes, threshold } = work;
  const engine = useMemo(
    () => compareSpecs(left.spec, right.spec, { threshold, ...(activities ? { activities } : {}) }),
    [left.spec, right.spec, threshold, activities],
  );
  const comparison = useMemo(
    () =>
      applyOverrides(engine, overrides, {
        dutiesA: left.spec.duties,
        dutiesB: right.spec.duties,
        describeLink: (a, b) => describeLink(left.spec.duties, right.spec.duties, a, b),
      }),
    [engine, overrides, left.spec.duties, right.spec.duties],
  );

  // A threshold alone is a viewing preference (remembered anyway); it is stored with the comparison once there is work to keep.
  const store = (next: ComparisonWork, isWork: boolean): void => {
    setWork(next);
    if (isWork || autosave.savedId !== null) void autosave.save(next);
  };
  const changeOverrides = (next: AlignmentOverride): void =>
    store({ ...work, overrides: addOverride(overrides, next) }, true);

  return {
    comparison,
    overrides,
    notes,
    threshold,
    printFields: { preparer: work.preparer ?? '', caseNumber: work.caseNumber ?? '' },
    saveState,
    retrySave: () => void autosave.retry(),
    staleAlgoVersion: work.algoVersion !== ALGO_VERSION ? work.algoVersion : null,
    acceptEngineVersion: () => store({ ...work, algoVersion: ALGO_VERSION }, false),
    link: (a, b) => changeOverrides({ kind: 'link', a, b }),
    unlink: (a, b) => changeOverrides({ kind: 'unlink', a, b }),
    setNote: (rowKey, text) => {
      const updated = [
        ...notes.filter((note) => note.rowKey !== rowKey),
        ...(text.trim() ? [{ rowKey, text: text.trim() }] : []),
      ];
      store({ ...work, notes: updated }, true);
    },
    setThreshold: (next) => {
      onThresholdChange(next);
      store({ ...work, threshold: next }, false);
    },
    setPrintField: (field, value) => store({ ...work, [field]: value }, true),
    saveCopyAs: (name) =>
      saveComparison({ name, leftId: left.id, rightId: right.id, ...work, algoVersion: work.algoVersion }, Date.now()),
  };
}

/** Asks before closing the window while a change is still being written or its write failed. */
function useUnsavedWorkGuard(autosave: ComparisonAutosave): void {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent): void => {
      if (autosave.hasUnsavedWork) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [autosave]);
}
