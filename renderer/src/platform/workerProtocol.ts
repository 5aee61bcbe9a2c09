import type { ImportLimits, ImportOutcome } from '../../../shared/import';

/** One file's bytes, sent to the import worker (the buffer is transferred, not copied). */
export type WorkerRequest = Readonly<{
  jobId: number;
  fileName: string;
  relativePath: string;
  bytes: ArrayBuffer;
  limits: ImportLimits;
}>;

/** What the import worker sends back for one request. */
export type WorkerResponse = Readonly<{ jobId: number; outcome: ImportOutcome }>;

/** The worker posts this once its modules are loaded; only then does a file's time limit start. */
export const WORKER_READY = 'reclass:import-worker-ready';

/** The part of `Worker` the web reader uses, so tests can drive it without a real thread. */
export type ImportWorkerLike = {
  postMessage(request: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse | typeof WORKER_READY>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};
