import type { FileRef, ImportedSpec, ImportEvent } from '../../../shared/import';
import type { ImportOrigin, InterruptedImport } from '../db';
import type { Host, ImportHandle } from '../platform';
import { advanceProgress, IDLE_PROGRESS, type ImportProgress, type StoreResult } from './importProgress';

/** Stores one spec; with the import's id it also crosses the file off that import's journal, in the same transaction. */
export type StoreSpec = (spec: ImportedSpec, importId: string) => Promise<StoreResult>;

/** Where the list of files each running import still owes is kept, so an interrupted import is noticed on the next start. */
export type ImportJournal = Readonly<{
  begin: (importId: string, origin: ImportOrigin, files: readonly FileRef[]) => Promise<void>;
  settle: (importId: string, relativePath: string) => Promise<void>;
  end: (importId: string) => Promise<void>;
  listInterrupted: () => Promise<InterruptedImport[]>;
}>;

/** Imports interrupted by a crash or quit, and whether the journal itself could not be written. */
export type InterruptedState = Readonly<{ imports: readonly InterruptedImport[]; problem: string | null }>;

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

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
  private interrupted: InterruptedState = { imports: [], problem: null };
  private readonly origins = new Map<string, ImportOrigin>();
  private starting: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly storeSpec: StoreSpec,
    private readonly journal: ImportJournal,
  ) {}

  /** Looks for imports a crash or quit interrupted, then listens to the host; returns the unsubscribe function. */
  connect(): () => void {
    this.queue = this.queue.then(async () => {
      try {
        this.setInterrupted({ imports: await this.journal.listInterrupted(), problem: null });
      } catch (error) {
        this.setInterrupted({
          imports: [],
          problem: `Interrupted imports could not be checked: ${describeError(error)}`,
        });
      }
    });
    return this.host.onImportEvent((event) => {
      // Stores run one after another so progress and versions follow the order of the files.
      this.queue = this.queue.then(async () => {
        const stored = event.kind === 'imported' ? await this.storeSpec(event.spec, event.importId) : undefined;
        await this.keepJournal(event, event.kind === 'started' ? await this.originOf(event.importId) : 'files');
        this.update(advanceProgress(this.progress, event, stored));
        if (event.kind === 'finished') this.settle(event.importId);
      });
    });
  }

  readonly getInterrupted = (): InterruptedState => this.interrupted;

  /** Imports the files an interrupted import never got to (asking for the selection again where the platform must). */
  resume = async (importId: string): Promise<ImportHandle | null> => {
    const interrupted = this.interrupted.imports.find((entry) => entry.importId === importId);
    if (!interrupted) return null;
    const handle = await this.track(
      interrupted.origin,
      this.host.resumeImport(interrupted.origin, interrupted.missing),
    );
    if (handle) await this.forget(importId);
    return handle;
  };

  /** Drops the offer to resume an interrupted import. */
  dismissInterrupted = (importId: string): Promise<void> => this.forget(importId);

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ImportProgress => this.progress;

  importFiles = (): Promise<ImportHandle | null> => this.track('files', this.host.importFiles());
  importFolder = (): Promise<ImportHandle | null> => this.track('folder', this.host.importFolder());
  importDropped = (files: readonly File[]): Promise<ImportHandle | null> =>
    this.track('dropped', this.host.importDropped(files));
  importSeeds = async (): Promise<ImportHandle> => (await this.track('seeds', this.host.importSeeds())) as ImportHandle;

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
    const result: FinishedImport = {
      importId,
      isCancelled: this.progress.isCancelled,
      failureCount: this.progress.failures.length,
    };
    this.finished.set(importId, result);
    this.waiting.get(importId)?.(result);
    this.waiting.delete(importId);
  }

  private track(origin: ImportOrigin, started: Promise<ImportHandle | null>): Promise<ImportHandle | null> {
    const tracked = started.then((handle) => {
      if (handle) this.origins.set(handle.importId, origin);
      return handle;
    });
    this.starting = Promise.all([this.starting, tracked.catch(() => null)]);
    return tracked;
  }

  /** A 'started' event can overtake the host call that began it; the origin is known once that call returns. */
  private async originOf(importId: string): Promise<ImportOrigin> {
    if (!this.origins.has(importId)) await this.starting;
    return this.origins.get(importId) ?? 'files';
  }

  private async keepJournal(event: ImportEvent, origin: ImportOrigin): Promise<void> {
    try {
      if (event.kind === 'started') await this.journal.begin(event.importId, origin, event.files);
      else if (event.kind === 'failed') await this.journal.settle(event.importId, event.failure.relativePath);
      else if (event.kind === 'finished') await this.journal.end(event.importId);
    } catch (error) {
      this.setInterrupted({
        ...this.interrupted,
        problem: `The import could not be recorded for recovery after a crash: ${describeError(error)}`,
      });
    }
  }

  private async forget(importId: string): Promise<void> {
    try {
      await this.journal.end(importId);
      this.setInterrupted({
        imports: this.interrupted.imports.filter((entry) => entry.importId !== importId),
        problem: null,
      });
    } catch (error) {
      this.setInterrupted({
        ...this.interrupted,
        problem: `The interrupted import could not be cleared: ${describeError(error)}`,
      });
    }
  }

  private setInterrupted(state: InterruptedState): void {
    this.interrupted = state;
    for (const listener of this.listeners) listener();
  }

  private update(progress: ImportProgress): void {
    this.progress = progress;
    for (const listener of this.listeners) listener();
  }
}
