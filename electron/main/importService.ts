import type { ImportEvent } from '../../shared/ipc/contract';

export type ImportRunOptions = Readonly<{
  importId: string;
  signal: AbortSignal;
  onEvent: (event: ImportEvent) => void;
  /** Relative paths to import from the selection; absent = all of it. */
  only?: readonly string[];
}>;
/** Runs one import to completion, streaming events; resolves after its 'finished' event. */
export type ImportRunner = (paths: readonly string[], options: ImportRunOptions) => Promise<void>;

export type ImportService = Readonly<{
  /** Starts an import in the background and returns its id at once; events go to `send`. */
  start: (
    paths: readonly string[],
    send: (event: ImportEvent) => void,
    only?: readonly string[],
  ) => Readonly<{ importId: string }>;
  /** Aborts a running import; unknown or finished ids are ignored. */
  cancel: (importId: string) => void;
  runningCount: () => number;
}>;

export function createImportService(runImport: ImportRunner, newId: () => string): ImportService {
  const running = new Map<string, AbortController>();

  const start: ImportService['start'] = (paths, send, only) => {
    const importId = newId();
    const controller = new AbortController();
    running.set(importId, controller);
    let finished = false;
    let progress = { done: 0, total: paths.length };
    const onEvent = (event: ImportEvent): void => {
      if (finished || event.importId !== importId) return;
      if (event.kind === 'finished') {
        finished = true;
        running.delete(importId);
      }
      progress = event.kind === 'started' ? { done: 0, total: event.total } : { done: event.done, total: event.total };
      send(event);
    };
    void runImport(paths, { importId, signal: controller.signal, onEvent, ...(only ? { only } : {}) })
      .catch((error: unknown) => {
        // A crash in the pipeline must still end the import in the UI; the reason goes to the main log.
        console.error(`Import ${importId} failed:`, error);
      })
      .finally(() => {
        running.delete(importId);
        if (!finished) send({ kind: 'finished', importId, ...progress, cancelled: controller.signal.aborted });
      });
    return { importId };
  };

  return {
    start,
    cancel: (importId) => running.get(importId)?.abort(),
    runningCount: () => running.size,
  };
}
