import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportEvent } from '../../../shared/ipc/contract';
import { runImportQueue, type ImportJob } from '../../../renderer/src/platform/importQueue';
import type { ImportWorkerLike, WorkerRequest, WorkerResponse } from '../../../renderer/src/platform/workerProtocol';
import { importedSpec } from '../db/importedSpec';

/** A stand-in worker: answers each file after `delayMs`, or never when the name says "hang". */
class FakeWorker implements ImportWorkerLike {
  static created: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  isTerminated = false;

  constructor() {
    FakeWorker.created.push(this);
  }

  postMessage(request: WorkerRequest): void {
    if (request.fileName.includes('hang')) return;
    const response: WorkerResponse = request.fileName.includes('broken')
      ? { jobId: request.jobId, ok: false, failure: { fileName: request.fileName, relativePath: request.relativePath, code: 'corrupt', message: 'damaged' } }
      : { jobId: request.jobId, ok: true, spec: importedSpec({ hash: request.fileName, title: request.fileName, fileName: request.fileName }) };
    setTimeout(() => {
      if (!this.isTerminated) this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
    }, 10);
  }

  terminate(): void {
    this.isTerminated = true;
  }
}

const job = (fileName: string): ImportJob => ({ fileName, relativePath: `folder/${fileName}`, read: () => Promise.resolve(new ArrayBuffer(8)) });

function start(jobs: readonly ImportJob[]) {
  const events: ImportEvent[] = [];
  const running = runImportQueue(jobs, {
    importId: 'imp',
    createWorker: () => new FakeWorker(),
    timeoutMs: 20_000,
    emit: (event) => events.push(event),
  });
  return { events, running };
}

const summary = (events: readonly ImportEvent[]): string[] =>
  events.map((event) => {
    switch (event.kind) {
      case 'started':
        return `started ${event.total}`;
      case 'imported':
        return `imported ${event.spec.fileName} ${event.done}/${event.total}`;
      case 'failed':
        return `failed ${event.failure.fileName} ${event.failure.code} ${event.done}/${event.total}`;
      case 'finished':
        return `finished ${event.done}/${event.total}${event.cancelled ? ' cancelled' : ''}`;
    }
  });

afterEach(() => {
  vi.useRealTimers();
  FakeWorker.created = [];
});

describe('runImportQueue', () => {
  it('streams one event per file in order, failures included, then finishes', async () => {
    vi.useFakeTimers();
    const { events, running } = start([job('a.txt'), job('broken.pdf'), job('b.txt')]);
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual([
      'started 3',
      'imported a.txt 1/3',
      'failed broken.pdf corrupt 2/3',
      'imported b.txt 3/3',
      'finished 3/3',
    ]);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]?.isTerminated).toBe(true);
  });

  it('gives up on a file after the time limit, replaces the worker and goes on with the rest', async () => {
    vi.useFakeTimers();
    const { events, running } = start([job('a.txt'), job('hang.pdf'), job('b.txt')]);
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual(['started 3', 'imported a.txt 1/3', 'failed hang.pdf timeout 2/3', 'imported b.txt 3/3', 'finished 3/3']);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[0]?.isTerminated).toBe(true);
    const failure = events.find((event) => event.kind === 'failed');
    expect(failure?.kind === 'failed' && failure.failure.message).toMatch(/took longer than 20 s/);
  });

  it('stops at once when cancelled and says so', async () => {
    vi.useFakeTimers();
    const { events, running } = start([job('a.txt'), job('hang.pdf'), job('b.txt')]);
    await vi.advanceTimersByTimeAsync(50);
    running.cancel();
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual(['started 3', 'imported a.txt 1/3', 'finished 1/3 cancelled']);
    expect(FakeWorker.created.every((worker) => worker.isTerminated)).toBe(true);
  });

  it('reports a file that cannot be read and continues', async () => {
    vi.useFakeTimers();
    const unreadable: ImportJob = { fileName: 'gone.txt', relativePath: 'gone.txt', read: () => Promise.reject(new Error('ENOENT')) };
    const { events, running } = start([unreadable, job('a.txt')]);
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual(['started 2', 'failed gone.txt unreadable 1/2', 'imported a.txt 2/2', 'finished 2/2']);
  });
});
