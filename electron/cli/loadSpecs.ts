import { resolve } from 'node:path';
import { describeFailure, IMPORT_LIMITS, withLimits } from '../../shared/import';
import type { ClassSpec } from '../../shared/model';
import type { CliIo } from './io';
import { correctSpec } from './libraryCorrections';
import { createNodeReaderPool, findFiles, sourceWorkerScript, type WorkerScript } from '../main/import';

/** A spec read from disk, named as the analyst typed it (or folder/relative path when found in a folder). */
export type LoadedSpec = Readonly<{ file: string; path: string; hash: string; spec: ClassSpec }>;
export type LoadFailure = Readonly<{ file: string; message: string }>;
export type LoadResult = Readonly<{ loaded: readonly LoadedSpec[]; failed: readonly LoadFailure[] }>;

export type LoadOptions = Readonly<{
  cwd: string;
  script?: WorkerScript;
  timeoutMs?: number;
  /** Corrections applied to every spec read; those that no longer apply are reported through `onNote`. */
  library?: CliIo['library'];
  onNote?: (text: string) => void;
}>;

/** What every command passes on from its I/O: where relative paths start, and the analyst's corrections. */
export function loadContext(io: CliIo): LoadOptions {
  return { cwd: io.cwd, onNote: io.err, ...(io.library ? { library: io.library } : {}) };
}

function corrected(options: LoadOptions, loaded: LoadedSpec): LoadedSpec {
  const { spec, notes } = correctSpec(options.library, {
    shown: loaded.file,
    path: loaded.path,
    hash: loaded.hash,
    spec: loaded.spec,
  });
  for (const note of notes) options.onNote?.(note);
  return spec === loaded.spec ? loaded : { ...loaded, spec };
}

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
      if (found.length === 0)
        jobs.push(Promise.resolve({ file: arg, message: 'no class specification files found here' }));
      for (const file of found) {
        const shown = file.path === requested ? arg : `${arg.replace(/\/+$/u, '')}/${file.relativePath}`;
        if (file.problem) {
          jobs.push(Promise.resolve({ file: shown, message: describeFailure(file.problem) }));
          continue;
        }
        jobs.push(
          pool.run(file).then((outcome) => {
            if (!outcome) return { file: shown, message: 'the import was stopped' };
            return outcome.ok
              ? corrected(options, { file: shown, path: file.path, hash: outcome.spec.hash, spec: outcome.spec.spec })
              : { file: shown, message: describeFailure(outcome.failure) };
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
