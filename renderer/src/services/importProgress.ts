import { importFailure, type ImportEvent, type ImportFailure } from '../../../shared/import';

/** What the analyst sees of the current (or last) import. */
export type ImportProgress = Readonly<{
  importId: string | null;
  isRunning: boolean;
  isCancelled: boolean;
  total: number;
  done: number;
  /** New classes or new versions stored. */
  added: number;
  /** Files identical to a version already stored. */
  unchanged: number;
  failures: readonly ImportFailure[];
}>;

export const IDLE_PROGRESS: ImportProgress = {
  importId: null,
  isRunning: false,
  isCancelled: false,
  total: 0,
  done: 0,
  added: 0,
  unchanged: 0,
  failures: [],
};

/** What became of one `imported` event once the store tried to keep it. */
export type StoreResult = Readonly<{ kind: 'added' | 'unchanged' }> | Readonly<{ kind: 'failed'; message: string }>;

/** Folds one import event (and, for `imported`, what storing it did) into the progress. */
export function advanceProgress(progress: ImportProgress, event: ImportEvent, stored?: StoreResult): ImportProgress {
  switch (event.kind) {
    case 'started':
      return { ...IDLE_PROGRESS, importId: event.importId, isRunning: true, total: event.total };
    case 'imported': {
      const base = { ...progress, done: event.done, total: event.total };
      if (stored?.kind === 'added') return { ...base, added: progress.added + 1 };
      if (stored?.kind === 'unchanged') return { ...base, unchanged: progress.unchanged + 1 };
      const { fileName, relativePath } = event.spec;
      const reason = importFailure('storage');
      const failure: ImportFailure = {
        ...reason,
        fileName,
        relativePath,
        message: stored?.kind === 'failed' ? stored.message : reason.message,
      };
      return { ...base, failures: [...progress.failures, failure] };
    }
    case 'failed':
      return { ...progress, done: event.done, total: event.total, failures: [...progress.failures, event.failure] };
    case 'finished':
      return { ...progress, done: event.done, total: event.total, isRunning: false, isCancelled: event.cancelled };
  }
}
