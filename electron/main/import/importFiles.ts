import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { ImportEvent, ImportFailure, ImportedSpec } from '../../../shared/ipc/contract';
import { DEFAULT_MAX_BYTES } from '../../../shared/extract';
import { findFiles, type FoundFile } from './findFiles';
import type { ImportTaskResult } from './importTask';
import { PROBLEM_MESSAGES } from './messages';
import { WorkerPool, type WorkerScript } from './workerPool';

export type ImportOptions = Readonly<{
  onEvent: (event: ImportEvent) => void;
  signal?: AbortSignal;
  importId?: string;
  /** Per-file time limit; the worker is killed and the file reported as 'timeout'. Default 20 s. */
  timeoutMs?: number;
  /** Heap limit of each worker; exceeding it reports 'out_of_memory'. Default 512 MB. */
  memoryLimitMb?: number;
  maxBytes?: number;
  poolSize?: number;
}>;

export type ImportSummary = Readonly<{
  importId: string;
  imported: readonly ImportedSpec[];
  failed: readonly ImportFailure[];
  cancelled: boolean;
}>;

export type Importer = Readonly<{ importFiles: (paths: readonly string[], options: ImportOptions) => Promise<ImportSummary> }>;

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MEMORY_LIMIT_MB = 512;

const aborted = (signal: AbortSignal | undefined): Promise<'aborted'> =>
  new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });

const failureOf = (file: FoundFile, code: string, message: string): ImportFailure => ({
  fileName: file.fileName,
  relativePath: file.relativePath,
  code,
  message,
});

/**
 * The import pipeline bound to a worker script: the app passes its built worker entry, the CLI
 * and tests pass the .ts source started through tsx.
 */
export function createImporter(script: WorkerScript): Importer {
  async function importFiles(paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
    const importId = options.importId ?? randomUUID();
    const { onEvent, signal } = options;
    const files = await findFiles(paths);
    const total = files.length;
    const imported: ImportedSpec[] = [];
    const failed: ImportFailure[] = [];
    let done = 0;
    onEvent({ kind: 'started', importId, total });
    const report = (file: FoundFile, result: ImportTaskResult) => {
      done += 1;
      if (result.ok) {
        imported.push(result.spec);
        onEvent({ kind: 'imported', importId, done, total, spec: result.spec });
      } else {
        const failure = failureOf(file, result.code, result.message);
        failed.push(failure);
        onEvent({ kind: 'failed', importId, done, total, failure });
      }
    };
    const pool = new WorkerPool({
      script,
      size: options.poolSize ?? Math.min(2, availableParallelism()),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      memoryLimitMb: options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB,
    });
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const work = files.map(async (file, taskId) => {
      if (file.problem) return report(file, { taskId, ok: false, code: file.problem, message: PROBLEM_MESSAGES[file.problem] });
      const result = await pool.run({ taskId, path: file.path, fileName: file.fileName, relativePath: file.relativePath, maxBytes });
      if (!signal?.aborted) report(file, result);
    });
    const outcome = await Promise.race([Promise.all(work).then(() => 'done' as const), aborted(signal)]);
    await pool.close();
    const cancelled = outcome === 'aborted';
    onEvent({ kind: 'finished', importId, done, total, cancelled });
    return { importId, imported, failed, cancelled };
  }
  return { importFiles };
}

/** The worker started from its TypeScript source (CLI, tests, bench): tsx compiles it on load. */
export const sourceWorkerScript: WorkerScript = {
  url: new URL('./importWorker.ts', import.meta.url),
  typescript: true,
};
