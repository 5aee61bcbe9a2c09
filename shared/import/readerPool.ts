import { importFailure, timeoutFailure } from './failures';
import { failed } from './importDocument';
import type { ImportLimits } from './limits';
import type { FileRef, ImportOutcome } from './types';

/** Thrown (rejected) by a reader whose thread died under a file: the file gets this code. */
export class ReaderFault extends Error {
  constructor(
    readonly code: 'reader_crashed' | 'out_of_memory',
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** One worker (a Node worker thread or a Web Worker) that reads files one at a time. */
export interface Reader<Job> {
  /** Resolves once the reader's modules are loaded; a file's time limit starts only then. */
  readonly ready: Promise<void>;
  /** Reads one file; rejects with a ReaderFault when the reader itself fails. */
  read(job: Job): Promise<ImportOutcome>;
  terminate(): void;
}

/** shared/ has no timer typings; both platforms pass their own setTimeout/clearTimeout. */
export type Timers = Readonly<{
  set: (callback: () => void, milliseconds: number) => unknown;
  clear: (handle: unknown) => void;
}>;

export type ReaderPoolOptions<Job> = Readonly<{
  createReader: () => Reader<Job>;
  limits: ImportLimits;
  timers: Timers;
}>;

const faultOf = (error: unknown) =>
  error instanceof ReaderFault
    ? importFailure(error.code, error.code === 'reader_crashed' ? undefined : error.message)
    : importFailure('reader_crashed');

/** One reader, replaced whenever it is killed (time limit) or dies (crash, out of memory). */
class Slot<Job extends FileRef> {
  busy = false;
  private reader: Reader<Job> | null = null;
  private abort: (() => void) | null = null;

  constructor(private readonly options: ReaderPoolOptions<Job>) {}

  async run(job: Job): Promise<ImportOutcome | null> {
    this.busy = true;
    try {
      return await this.attempt(job);
    } finally {
      this.busy = false;
    }
  }

  close(): void {
    this.abort?.();
    this.reader?.terminate();
    this.reader = null;
  }

  private attempt(job: Job): Promise<ImportOutcome | null> {
    const { createReader, limits, timers } = this.options;
    const reader = (this.reader ??= createReader());
    return new Promise((resolve) => {
      let isSettled = false;
      let timer: unknown;
      const settle = (outcome: ImportOutcome | null, retire: boolean): void => {
        if (isSettled) return;
        isSettled = true;
        timers.clear(timer);
        this.abort = null;
        if (retire) this.retire(reader);
        resolve(outcome);
      };
      this.abort = () => settle(null, true);
      timer = timers.set(
        () => settle(failed(job, importFailure('reader_not_started')), true),
        limits.readerStartLimitMs,
      );
      reader.ready.then(
        () => {
          if (isSettled) return;
          timers.clear(timer);
          timer = timers.set(
            () => settle(failed(job, timeoutFailure(limits.fileTimeLimitMs)), true),
            limits.fileTimeLimitMs,
          );
          reader.read(job).then(
            (outcome) => settle(outcome, false),
            (error: unknown) => settle(failed(job, faultOf(error)), true),
          );
        },
        (error: unknown) => settle(failed(job, faultOf(error)), true),
      );
    });
  }

  private retire(reader: Reader<Job>): void {
    if (this.reader === reader) this.reader = null;
    reader.terminate();
  }
}

/**
 * A few readers working through a queue of files, each file under a time limit; a reader that
 * hangs or dies is replaced and only its file fails. `run` resolves null for files dropped by `close`.
 */
export class ReaderPool<Job extends FileRef> {
  private readonly slots: Slot<Job>[];
  private readonly queue: { job: Job; resolve: (outcome: ImportOutcome | null) => void }[] = [];
  private isClosed = false;

  constructor(options: ReaderPoolOptions<Job>) {
    this.slots = Array.from({ length: Math.max(1, options.limits.readerCount) }, () => new Slot(options));
  }

  run(job: Job): Promise<ImportOutcome | null> {
    if (this.isClosed) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Stops every reader; files still queued or running resolve null. */
  close(): void {
    this.isClosed = true;
    for (const waiting of this.queue.splice(0)) waiting.resolve(null);
    for (const slot of this.slots) slot.close();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.isClosed || slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      void slot.run(next.job).then((outcome) => {
        next.resolve(outcome);
        this.pump();
      });
    }
  }
}
