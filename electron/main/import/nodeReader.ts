import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  ReaderFault,
  ReaderPool,
  type ImportLimits,
  type ImportOutcome,
  type Reader,
  type Timers,
} from '../../../shared/import';
import { WORKER_READY, type FileJob, type FileTaskResult } from './fileJob';

/** Where the worker script lives; `typescript` when it is a .ts source that tsx must compile on load. */
export type WorkerScript = Readonly<{ url: URL; typescript?: boolean }>;

/**
 * On Node 20 a worker started with `execArgv: ['--import', 'tsx']` still rejects .ts files (the
 * loader hooks are not installed in the worker), so the worker registers tsx itself, then loads the source.
 */
function tsxBootstrap(url: URL): string {
  // require.resolve yields tsx's CommonJS entry; its ES module twin sits beside it.
  const tsxApi = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  return `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

export const nodeTimers: Timers = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout | undefined),
};

/** One worker thread under the heap limit; a thread that dies rejects the file it was reading. */
export function createNodeReader(script: WorkerScript, limits: ImportLimits): Reader<FileJob> {
  const resourceLimits = { maxOldGenerationSizeMb: limits.readerMemoryLimitMb };
  const worker = script.typescript
    ? new Worker(tsxBootstrap(script.url), { eval: true, resourceLimits })
    : new Worker(script.url, { resourceLimits });
  let markReady = (): void => undefined;
  let failStart = (_fault: ReaderFault): void => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });
  ready.catch(() => undefined);
  let current: {
    taskId: number;
    resolve: (outcome: ImportOutcome) => void;
    reject: (fault: ReaderFault) => void;
  } | null = null;
  let nextTaskId = 0;
  const die = (fault: ReaderFault): void => {
    failStart(fault);
    current?.reject(fault);
    current = null;
  };
  worker.on('message', (message: FileTaskResult | typeof WORKER_READY) => {
    if (message === WORKER_READY) markReady();
    else if (current && message.taskId === current.taskId) {
      current.resolve(message.outcome);
      current = null;
    }
  });
  worker.on('error', (error: Error & { code?: string }) => {
    die(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new ReaderFault('out_of_memory')
        : new ReaderFault('reader_crashed', error.message),
    );
  });
  worker.on('exit', () => die(new ReaderFault('reader_crashed')));
  return {
    ready,
    read: (job) =>
      new Promise((resolve, reject) => {
        const taskId = (nextTaskId += 1);
        current = { taskId, resolve, reject };
        worker.postMessage({ taskId, path: job.path, fileName: job.fileName, relativePath: job.relativePath, limits });
      }),
    terminate: () => void worker.terminate(),
  };
}

/** A pool of worker threads reading files from disk (the app's import, the CLI, the bench). */
export const createNodeReaderPool = (script: WorkerScript, limits: ImportLimits): ReaderPool<FileJob> =>
  new ReaderPool<FileJob>({ createReader: () => createNodeReader(script, limits), limits, timers: nodeTimers });
