import type { ImportedSpec, ImportFailure } from '../../../shared/ipc/contract';

/** One file handed to the import worker (bytes are transferred, not copied). */
export type WorkerRequest = Readonly<{ jobId: number; fileName: string; relativePath: string; bytes: ArrayBuffer }>;

export type WorkerResponse =
  | Readonly<{ jobId: number; ok: true; spec: ImportedSpec }>
  | Readonly<{ jobId: number; ok: false; failure: ImportFailure }>;

/** The part of `Worker` the import queue uses, so tests can drive it without a real thread. */
export type ImportWorkerLike = {
  postMessage(request: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};
