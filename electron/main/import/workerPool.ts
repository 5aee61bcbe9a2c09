import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WORKER_READY, type ImportTask, type ImportTaskResult } from './importTask';
import { WORKER_FAILURE_MESSAGE } from './messages';

/** Where the worker script lives; `typescript` when it is a .ts source that tsx must compile on load. */
export type WorkerScript = Readonly<{ url: URL; typescript?: boolean }>;

export type PoolOptions = Readonly<{ script: WorkerScript; size: number; timeoutMs: number; memoryLimitMb: number }>;

/**
 * On Node 20 a worker started with `execArgv: ['--import', 'tsx']` still rejects .ts files (the
 * loader hooks are not installed in the worker), so the worker registers tsx itself, then loads the source.
 */
function tsxBootstrap(url: URL): string {
  // require.resolve yields tsx's CommonJS entry; its ES module twin sits beside it.
  const tsxApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  return `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

type Job = { task: ImportTask; resolve: (result: ImportTaskResult) => void };

const TIMEOUT_MESSAGE = (seconds: number) =>
  `reading the file took longer than ${seconds} s and was stopped: re-save it (for a PDF, print it to a new PDF) and import again`;
const BOOT_LIMIT_MS = 60_000;
const BOOT_MESSAGE = 'the file reader did not start within a minute: close other programs and import again';
const MEMORY_MESSAGE = 'reading the file needed too much memory and was stopped: split it or re-save it, then import again';

/** One worker thread; replaced whenever it is killed or dies. */
class Slot {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private job: Job | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: PoolOptions,
    private readonly onIdle: (slot: Slot) => void,
  ) {}

  get busy(): boolean {
    return this.job !== null;
  }

  run(job: Job): void {
    this.job = job;
    const worker = this.ensureWorker();
    // Loading the reader's modules is not the file's fault (and is slow on a busy machine), so it
    // gets its own generous bound; the file's limit starts once the worker is ready.
    this.startTimer(BOOT_LIMIT_MS, BOOT_MESSAGE);
    void this.ready?.then(() => {
      if (this.job !== job || this.worker !== worker) return;
      this.startTimer(this.options.timeoutMs, TIMEOUT_MESSAGE(Math.round(this.options.timeoutMs / 100) / 10));
      worker.postMessage(job.task);
    });
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.clearTimer();
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const { url, typescript } = this.options.script;
    const resourceLimits = { maxOldGenerationSizeMb: this.options.memoryLimitMb };
    const worker = typescript ? new Worker(tsxBootstrap(url), { eval: true, resourceLimits }) : new Worker(url, { resourceLimits });
    let markReady = () => {};
    this.ready = new Promise((resolve) => (markReady = resolve));
    worker.on('message', (message: ImportTaskResult | typeof WORKER_READY) => {
      if (message === WORKER_READY) markReady();
      else this.finish(message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(outOfMemory ? MEMORY_MESSAGE : `${WORKER_FAILURE_MESSAGE} (${error.message})`, outOfMemory ? 'out_of_memory' : 'corrupt');
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(WORKER_FAILURE_MESSAGE, 'corrupt');
    });
    this.worker = worker;
    return worker;
  }

  private finish(result: ImportTaskResult): void {
    const job = this.job;
    if (!job || result.taskId !== job.task.taskId) return;
    this.clearTimer();
    this.job = null;
    job.resolve(result);
    this.onIdle(this);
  }

  /** Kills the worker (its state is unknown after a timeout or crash) and reports the file. */
  private fail(message: string, code: 'timeout' | 'out_of_memory' | 'corrupt'): void {
    const job = this.job;
    const worker = this.worker;
    this.worker = null;
    this.clearTimer();
    if (worker) void worker.terminate();
    if (!job) return;
    this.job = null;
    job.resolve({ taskId: job.task.taskId, ok: false, code, message });
    this.onIdle(this);
  }

  private startTimer(milliseconds: number, message: string): void {
    this.clearTimer();
    this.timer = setTimeout(() => this.fail(message, 'timeout'), milliseconds);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** A few worker threads reading files in parallel, each file under a time and memory limit. */
export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(options: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => new Slot(options, (slot) => this.dispatch(slot)));
  }

  run(task: ImportTask): Promise<ImportTaskResult> {
    return new Promise((resolve) => {
      if (this.closed) return;
      this.queue.push({ task, resolve });
      const idle = this.slots.find((slot) => !slot.busy);
      if (idle) this.dispatch(idle);
    });
  }

  /** Stops every worker; files still queued or running are never reported. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await Promise.all(this.slots.map((slot) => slot.terminate()));
  }

  private dispatch(slot: Slot): void {
    if (this.closed || slot.busy) return;
    const job = this.queue.shift();
    if (job) slot.run(job);
  }
}
