import type { ExtractErrorCode } from '../../../shared/extract';
import type { ImportedSpec } from '../../../shared/ipc/contract';

/** What main sends a worker: one file to read. */
export type ImportTask = Readonly<{ taskId: number; path: string; fileName: string; relativePath: string; maxBytes: number }>;

/** What a worker sends back. */
export type ImportTaskResult =
  | Readonly<{ taskId: number; ok: true; spec: ImportedSpec }>
  | Readonly<{ taskId: number; ok: false; code: ExtractErrorCode | 'unreadable' | 'missing'; message: string }>;

/** A worker posts this once its modules are loaded; only then does a file's time limit start. */
export const WORKER_READY = 'reclass:import-worker-ready';
