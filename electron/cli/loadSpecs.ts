import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../../shared/extract';
import type { ClassSpec } from '../../shared/model';
import { DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIMEOUT_MS, findFiles, PROBLEM_MESSAGES, sourceWorkerScript, WorkerPool, type WorkerScript } from '../main/import';

/** A spec read from disk, named as the analyst typed it (or folder/relative path when found in a folder). */
export type LoadedSpec = Readonly<{ file: string; path: string; hash: string; spec: ClassSpec }>;
export type LoadFailure = Readonly<{ file: string; message: string }>;
export type LoadResult = Readonly<{ loaded: readonly LoadedSpec[]; failed: readonly LoadFailure[] }>;

export type LoadOptions = Readonly<{ cwd: string; script?: WorkerScript; timeoutMs?: number }>;

/**
 * Reads files and folders through the same extraction + parsing worker pool as the app's import,
 * so time and memory limits protect the CLI too. Results keep the order of the arguments
 * (folders walked alphabetically); each unreadable file becomes a failure, the rest still load.
 */
export async function loadSpecs(args: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const pool = new WorkerPool({
    script: options.script ?? sourceWorkerScript,
    size: Math.min(2, availableParallelism()),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB,
  });
  try {
    const jobs: Promise<LoadedSpec | LoadFailure>[] = [];
    for (const arg of args) {
      const requested = resolve(options.cwd, arg);
      const found = await findFiles([requested]);
      if (found.length === 0) jobs.push(Promise.resolve({ file: arg, message: 'no class specification files found here' }));
      for (const file of found) {
        const shown = file.path === requested ? arg : `${arg.replace(/\/+$/u, '')}/${file.relativePath}`;
        if (file.problem) {
          jobs.push(Promise.resolve({ file: shown, message: PROBLEM_MESSAGES[file.problem] }));
          continue;
        }
        const task = { taskId: jobs.length, path: file.path, fileName: file.fileName, relativePath: file.relativePath, maxBytes: DEFAULT_MAX_BYTES };
        jobs.push(
          pool.run(task).then((result) =>
            result.ok ? { file: shown, path: file.path, hash: result.spec.hash, spec: result.spec.spec } : { file: shown, message: result.message },
          ),
        );
      }
    }
    const results = await Promise.all(jobs);
    return {
      loaded: results.filter((result): result is LoadedSpec => 'spec' in result),
      failed: results.filter((result): result is LoadFailure => !('spec' in result)),
    };
  } finally {
    await pool.close();
  }
}
