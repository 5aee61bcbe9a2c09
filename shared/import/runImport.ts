import type { FailureReason } from './failures';
import { failed } from './importDocument';
import type { ImportLimits } from './limits';
import { ReaderPool, type Reader, type Timers } from './readerPool';
import type { FileRef, ImportEvent, ImportFailure, ImportedSpec } from './types';

/** One file of an import; `problem` marks one known unreadable before any reader sees it (missing, unsupported). */
export type QueuedFile = FileRef & Readonly<{ problem?: FailureReason }>;

export type ImportSummary = Readonly<{
  importId: string;
  imported: readonly ImportedSpec[];
  failed: readonly ImportFailure[];
  cancelled: boolean;
}>;

export type RunImportOptions<Job extends QueuedFile> = Readonly<{
  importId: string;
  createReader: () => Reader<Job>;
  limits: ImportLimits;
  timers: Timers;
  emit: (event: ImportEvent) => void;
}>;

export type RunningImport = Readonly<{ importId: string; cancel: () => void; finished: Promise<ImportSummary> }>;

/**
 * Runs one import through a reader pool, streaming events as files finish (`done` counts them);
 * a slow or crashing file never stalls the rest. `cancel` stops the readers and ends the import.
 */
export function runImport<Job extends QueuedFile>(jobs: readonly Job[], options: RunImportOptions<Job>): RunningImport {
  const { importId, emit } = options;
  const pool = new ReaderPool<Job>(options);
  const total = jobs.length;
  const imported: ImportedSpec[] = [];
  const failures: ImportFailure[] = [];
  let done = 0;
  let isCancelled = false;

  const readOne = async (job: Job): Promise<void> => {
    const outcome = job.problem ? failed(job, job.problem) : await pool.run(job);
    if (!outcome || isCancelled) return;
    done += 1;
    if (outcome.ok) {
      imported.push(outcome.spec);
      emit({ kind: 'imported', importId, done, total, spec: outcome.spec });
    } else {
      failures.push(outcome.failure);
      emit({ kind: 'failed', importId, done, total, failure: outcome.failure });
    }
  };

  const run = async (): Promise<ImportSummary> => {
    emit({
      kind: 'started',
      importId,
      total,
      files: jobs.map(({ fileName, relativePath }) => ({ fileName, relativePath })),
    });
    await Promise.all(jobs.map(readOne));
    pool.close();
    emit({ kind: 'finished', importId, done, total, cancelled: isCancelled });
    return { importId, imported, failed: failures, cancelled: isCancelled };
  };

  return {
    importId,
    cancel: () => {
      isCancelled = true;
      pool.close();
    },
    finished: run(),
  };
}

/**
 * Imports run one at a time: a second request waits for the first to finish, so twenty drops
 * share one pool's readers instead of starting forty workers.
 */
export class ImportLine {
  private tail: Promise<unknown> = Promise.resolve();

  enqueue<T>(start: () => Promise<T>): Promise<T> {
    const run = this.tail.then(start, start);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
