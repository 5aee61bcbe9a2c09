import type { ImportEvent, ImportFailure } from '../../../shared/ipc/contract';
import type { ImportWorkerLike, WorkerResponse } from './workerProtocol';

/** One file waiting to be imported; `read` is called only when its turn comes. */
export type ImportJob = Readonly<{ fileName: string; relativePath: string; read: () => Promise<ArrayBuffer> }>;

export type ImportQueueOptions = Readonly<{
  importId: string;
  createWorker: () => ImportWorkerLike;
  /** A file still unfinished after this long is abandoned and its worker replaced. */
  timeoutMs: number;
  emit: (event: ImportEvent) => void;
}>;

export type RunningImport = Readonly<{ importId: string; cancel: () => void; finished: Promise<void> }>;

type Settled = WorkerResponse | 'timeout' | 'worker_error' | 'cancelled';

function failureFor(job: ImportJob, code: string, message: string): ImportFailure {
  return { fileName: job.fileName, relativePath: job.relativePath, code, message };
}

const MESSAGES = {
  timeout: (seconds: number) =>
    `reading the file took longer than ${seconds} s and was stopped: re-save it (for a PDF, print it to a new PDF) and import again`,
  worker_error: 'reading the file crashed the reader (possibly too large or damaged): re-save or split it, then import again',
  unreadable: 'the file could not be opened (moved, deleted or unreadable): check it and import again',
};

/** Imports files one by one in a worker, streaming ImportEvents; one slow or crashing file never stalls the rest. */
export function runImportQueue(jobs: readonly ImportJob[], options: ImportQueueOptions): RunningImport {
  const { importId, createWorker, timeoutMs, emit } = options;
  const total = jobs.length;
  let worker: ImportWorkerLike | null = null;
  let isCancelled = false;
  let abortCurrent: (() => void) | null = null;

  const retireWorker = (): void => {
    worker?.terminate();
    worker = null;
  };

  const process = (jobId: number, job: ImportJob, bytes: ArrayBuffer): Promise<Settled> =>
    new Promise<Settled>((resolve) => {
      const active = (worker ??= createWorker());
      const timer = setTimeout(() => resolve('timeout'), timeoutMs);
      const settle = (result: Settled): void => {
        clearTimeout(timer);
        abortCurrent = null;
        resolve(result);
      };
      active.onmessage = (event) => {
        if (event.data.jobId === jobId) settle(event.data);
      };
      active.onerror = (event) => {
        event.preventDefault();
        settle('worker_error');
      };
      abortCurrent = () => settle('cancelled');
      active.postMessage({ jobId, fileName: job.fileName, relativePath: job.relativePath, bytes }, [bytes]);
    });

  const run = async (): Promise<void> => {
    emit({ kind: 'started', importId, total });
    let done = 0;
    for (const [jobId, job] of jobs.entries()) {
      if (isCancelled) break;
      const bytes = await job.read().catch(() => null);
      if (isCancelled) break;
      const settled: Settled = bytes
        ? await process(jobId, job, bytes)
        : { jobId, ok: false, failure: failureFor(job, 'unreadable', MESSAGES.unreadable) };
      if (typeof settled === 'string') retireWorker();
      if (settled === 'cancelled' || isCancelled) break;
      done += 1;
      if (settled === 'timeout') {
        const failure = failureFor(job, 'timeout', MESSAGES.timeout(Math.round(timeoutMs / 1000)));
        emit({ kind: 'failed', importId, done, total, failure });
      } else if (settled === 'worker_error') {
        emit({ kind: 'failed', importId, done, total, failure: failureFor(job, 'worker_error', MESSAGES.worker_error) });
      } else if (settled.ok) {
        emit({ kind: 'imported', importId, done, total, spec: settled.spec });
      } else {
        emit({ kind: 'failed', importId, done, total, failure: settled.failure });
      }
    }
    retireWorker();
    emit({ kind: 'finished', importId, done, total, cancelled: isCancelled });
  };

  return {
    importId,
    cancel: () => {
      isCancelled = true;
      abortCurrent?.();
    },
    finished: run(),
  };
}
