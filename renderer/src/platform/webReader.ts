import {
  failed,
  importFailure,
  ReaderFault,
  type ImportLimits,
  type ImportOutcome,
  type QueuedFile,
  type Reader,
  type Timers,
} from '../../../shared/import';
import { WORKER_READY, type ImportWorkerLike } from './workerProtocol';

/** One file of a web import; `read` is called only when a reader takes it. */
export type WebJob = QueuedFile & Readonly<{ read: () => Promise<ArrayBuffer> }>;

export const browserTimers: Timers = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as number | undefined),
};

/** One Web Worker reading files; an uncaught error in it fails the file it was reading (and the worker is replaced). */
export function createWebReader(worker: ImportWorkerLike, limits: ImportLimits): Reader<WebJob> {
  let markReady = (): void => undefined;
  let failStart = (_fault: ReaderFault): void => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });
  ready.catch(() => undefined);
  let current: {
    jobId: number;
    resolve: (outcome: ImportOutcome) => void;
    reject: (fault: ReaderFault) => void;
  } | null = null;
  let nextJobId = 0;
  worker.onmessage = (event) => {
    const message = event.data;
    if (message === WORKER_READY) markReady();
    else if (current && message.jobId === current.jobId) {
      current.resolve(message.outcome);
      current = null;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const fault = new ReaderFault('reader_crashed', event.message);
    failStart(fault);
    current?.reject(fault);
    current = null;
  };
  return {
    ready,
    read: async (job) => {
      const bytes = await job.read().catch(() => null);
      if (!bytes) return failed(job, importFailure('unreadable', 'moved, deleted or unreadable'));
      return new Promise<ImportOutcome>((resolve, reject) => {
        const jobId = (nextJobId += 1);
        current = { jobId, resolve, reject };
        worker.postMessage({ jobId, fileName: job.fileName, relativePath: job.relativePath, bytes, limits }, [bytes]);
      });
    },
    terminate: () => worker.terminate(),
  };
}
