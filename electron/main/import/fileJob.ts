import type { ImportLimits, ImportOutcome, QueuedFile } from '../../../shared/import';

/** What main sends a reader thread: one file on disk to import. */
export type FileJob = QueuedFile & Readonly<{ path: string }>;

export type FileTask = Readonly<{
  taskId: number;
  path: string;
  fileName: string;
  relativePath: string;
  limits: ImportLimits;
}>;

/** What a reader thread sends back. */
export type FileTaskResult = Readonly<{ taskId: number; outcome: ImportOutcome }>;

/** A reader thread posts this once its modules are loaded; only then does a file's time limit start. */
export const WORKER_READY = 'reclass:import-worker-ready';
