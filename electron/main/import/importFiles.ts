import { randomUUID } from 'node:crypto';
import {
  ImportLine,
  runImport,
  withLimits,
  type ImportEvent,
  type ImportLimits,
  type ImportSummary,
} from '../../../shared/import';
import { findFiles } from './findFiles';
import { createNodeReader, nodeTimers, type WorkerScript } from './nodeReader';

export type ImportOptions = Readonly<{
  onEvent: (event: ImportEvent) => void;
  signal?: AbortSignal;
  importId?: string;
  /** Overrides of the shared import limits (tests use short time limits and small heaps). */
  limits?: Partial<ImportLimits>;
  /** Relative paths (as an earlier import of the same selection reported them) to import; the rest is skipped. */
  only?: readonly string[];
}>;

export type Importer = Readonly<{
  importFiles: (paths: readonly string[], options: ImportOptions) => Promise<ImportSummary>;
}>;

/**
 * The desktop import bound to a worker script: the app passes its built worker entry, the CLI
 * and tests pass the .ts source started through tsx. Imports run one at a time (later ones wait).
 */
export function createImporter(script: WorkerScript): Importer {
  const line = new ImportLine();
  const importFiles = (paths: readonly string[], options: ImportOptions): Promise<ImportSummary> =>
    line.enqueue(async () => {
      const importId = options.importId ?? randomUUID();
      const limits = withLimits(options.limits);
      const found = await findFiles(paths);
      const wanted = options.only ? new Set(options.only) : null;
      const files = wanted ? found.filter((file) => wanted.has(file.relativePath)) : found;
      const running = runImport(files, {
        importId,
        limits,
        timers: nodeTimers,
        emit: options.onEvent,
        createReader: () => createNodeReader(script, limits),
      });
      const { signal } = options;
      if (signal?.aborted) running.cancel();
      else signal?.addEventListener('abort', running.cancel, { once: true });
      return running.finished;
    });
  return { importFiles };
}

/** The worker started from its TypeScript source (CLI, tests, bench): tsx compiles it on load. */
export const sourceWorkerScript: WorkerScript = {
  url: new URL('./importWorker.ts', import.meta.url),
  typescript: true,
};
