import {
  ImportLine,
  runImport,
  withLimits,
  type ImportEvent,
  type ImportLimits,
  type ImportSummary,
  type RunningImport,
} from '../../../shared/import';
import { browserTimers, createWebReader, type WebJob } from './webReader';
import type { ImportWorkerLike } from './workerProtocol';

export type WebImporterOptions = Readonly<{
  createWorker: () => ImportWorkerLike;
  emit: (event: ImportEvent) => void;
  newId: () => string;
  limits?: Partial<ImportLimits>;
}>;

export type WebImporter = Readonly<{
  /** Queues an import (one runs at a time) and returns its id at once. */
  start: (jobs: readonly WebJob[]) => Readonly<{ importId: string; finished: Promise<ImportSummary> }>;
  /** Cancels a running or still-queued import. */
  cancel: (importId: string) => void;
}>;

/** The browser's import: the shared pool and queue over Web Workers, one import at a time. */
export function createWebImporter(options: WebImporterOptions): WebImporter {
  const limits = withLimits(options.limits);
  const line = new ImportLine();
  const running = new Map<string, RunningImport>();
  const cancelled = new Set<string>();
  return {
    start: (jobs) => {
      const importId = options.newId();
      const finished = line.enqueue(async () => {
        const createReader = () => createWebReader(options.createWorker(), limits);
        const handle = runImport(jobs, { importId, limits, timers: browserTimers, emit: options.emit, createReader });
        running.set(importId, handle);
        if (cancelled.delete(importId)) handle.cancel();
        try {
          return await handle.finished;
        } finally {
          running.delete(importId);
        }
      });
      return { importId, finished };
    },
    cancel: (importId) => {
      const handle = running.get(importId);
      if (handle) handle.cancel();
      else cancelled.add(importId);
    },
  };
}
