import type { ImportedSpec } from '../../../shared/ipc/contract';
import type { Host, ImportHandle } from '../platform';
import { advanceProgress, IDLE_PROGRESS, type ImportProgress, type StoreResult } from './importProgress';

export type StoreSpec = (spec: ImportedSpec) => Promise<StoreResult>;

export type FinishedImport = Readonly<{ importId: string; isCancelled: boolean; failureCount: number }>;

/**
 * Receives the host's import events, stores each spec in order, and keeps the progress the UI shows.
 * Works as an external store for `useSyncExternalStore`.
 */
export class ImportController {
  private progress: ImportProgress = IDLE_PROGRESS;
  private readonly listeners = new Set<() => void>();
  private readonly finished = new Map<string, FinishedImport>();
  private readonly waiting = new Map<string, (result: FinishedImport) => void>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly storeSpec: StoreSpec,
  ) {}

  /** Starts listening to the host; returns the unsubscribe function. */
  connect(): () => void {
    return this.host.onImportEvent((event) => {
      // Stores run one after another so progress and versions follow the order of the files.
      this.queue = this.queue.then(async () => {
        const stored = event.kind === 'imported' ? await this.storeSpec(event.spec) : undefined;
        this.update(advanceProgress(this.progress, event, stored));
        if (event.kind === 'finished') this.settle(event.importId);
      });
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ImportProgress => this.progress;

  importFiles = (): Promise<ImportHandle | null> => this.host.importFiles();
  importFolder = (): Promise<ImportHandle | null> => this.host.importFolder();
  importDropped = (files: readonly File[]): Promise<ImportHandle | null> => this.host.importDropped(files);
  importSeeds = (): Promise<ImportHandle> => this.host.importSeeds();

  cancel = async (): Promise<void> => {
    const { importId, isRunning } = this.progress;
    if (importId && isRunning) await this.host.cancelImport(importId);
  };

  /** Hides the report of a finished import. */
  dismiss = (): void => {
    if (!this.progress.isRunning) this.update(IDLE_PROGRESS);
  };

  /** Resolves once the import has finished and every spec it delivered is stored. */
  whenFinished(importId: string): Promise<FinishedImport> {
    const result = this.finished.get(importId);
    if (result) return Promise.resolve(result);
    return new Promise((resolve) => this.waiting.set(importId, resolve));
  }

  private settle(importId: string): void {
    const result: FinishedImport = { importId, isCancelled: this.progress.isCancelled, failureCount: this.progress.failures.length };
    this.finished.set(importId, result);
    this.waiting.get(importId)?.(result);
    this.waiting.delete(importId);
  }

  private update(progress: ImportProgress): void {
    this.progress = progress;
    for (const listener of this.listeners) listener();
  }
}
