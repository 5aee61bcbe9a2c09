import { resolve } from 'node:path';
import { describeFailure, IMPORT_LIMITS, withLimits } from '../../shared/import';
import type { ClassSpec } from '../../shared/model';
import { createNodeReaderPool, findFiles, sourceWorkerScript, type WorkerScript } from '../main/import';

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
  const limits = withLimits({ fileTimeLimitMs: options.timeoutMs ?? IMPORT_LIMITS.fileTimeLimitMs });
  const pool = createNodeReaderPool(options.script ?? sourceWorkerScript, limits);
  try {
    const jobs: Promise<LoadedSpec | LoadFailure>[] = [];
    for (const arg of args) {
      const requested = resolve(options.cwd, arg);
      const found = await findFiles([requested]);
      if (found.length === 0) jobs.push(Promise.resolve({ file: arg, message: 'no class specification files found here' }));
      for (const file of found) {
        const shown = file.path === requested ? arg : `${arg.replace(/\/+$/u, '')}/${file.relativePath}`;
        if (file.problem) {
          jobs.push(Promise.resolve({ file: shown, message: describeFailure(file.problem) }));
          continue;
        }
        jobs.push(
          pool.run(file).then((outcome) => {
            if (!outcome) return { file: shown, message: 'the import was stopped' };
            return outcome.ok ? { file: shown, path: file.path, hash: outcome.spec.hash, spec: outcome.spec.spec } : { file: shown, message: describeFailure(outcome.failure) };
          }),
        );
      }
    }
    const results = await Promise.all(jobs);
    return {
      loaded: results.filter((result): result is LoadedSpec => 'spec' in result),
      failed: results.filter((result): result is LoadFailure => !('spec' in result)),
    };
  } finally {
    pool.close();
  }
}
