import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  failed,
  importFailure,
  ImportLine,
  ReaderFault,
  runImport,
  withLimits,
  type ImportEvent,
  type ImportOutcome,
  type QueuedFile,
  type Reader,
  type Timers,
} from '../../../../shared/import';

const timers: Timers = {
  set: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** A stand-in reader: answers after 10 ms, never for "hang", dies on "crash", fails "broken" files; never ready when told. */
class FakeReader implements Reader<QueuedFile> {
  static created: FakeReader[] = [];
  static live = 0;
  static mostLive = 0;
  isTerminated = false;
  readonly ready: Promise<void>;

  constructor(startsUp = true) {
    FakeReader.created.push(this);
    FakeReader.live += 1;
    FakeReader.mostLive = Math.max(FakeReader.mostLive, FakeReader.live);
    this.ready = startsUp ? Promise.resolve() : new Promise(() => undefined);
  }

  read(job: QueuedFile): Promise<ImportOutcome> {
    if (job.fileName.includes('hang')) return new Promise(() => undefined);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (job.fileName.includes('crash')) reject(new ReaderFault('reader_crashed', 'boom'));
        else if (job.fileName.includes('broken')) resolve(failed(job, importFailure('corrupt')));
        else resolve({ ok: true, spec: { ...job, format: 'txt', hash: job.fileName, size: 1, spec: {} as never } });
      }, 10);
    });
  }

  terminate(): void {
    if (!this.isTerminated) FakeReader.live -= 1;
    this.isTerminated = true;
  }
}

const file = (fileName: string): QueuedFile => ({ fileName, relativePath: `folder/${fileName}` });

function start(names: readonly string[], options: { readerCount?: number; startsUp?: boolean } = {}) {
  const events: ImportEvent[] = [];
  const running = runImport(names.map(file), {
    importId: 'imp',
    limits: withLimits({ readerCount: options.readerCount ?? 1 }),
    timers,
    emit: (event) => events.push(event),
    createReader: () => new FakeReader(options.startsUp ?? true),
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
  FakeReader.created = [];
  FakeReader.live = 0;
  FakeReader.mostLive = 0;
});

describe('runImport', () => {
  it('streams one event per file, failures included, then finishes and stops its readers', async () => {
    vi.useFakeTimers();
    const { events, running } = start(['a.txt', 'broken.pdf', 'b.txt']);
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual([
      'started 3',
      'imported a.txt 1/3',
      'failed broken.pdf corrupt 2/3',
      'imported b.txt 3/3',
      'finished 3/3',
    ]);
    expect(FakeReader.created).toHaveLength(1);
    expect(FakeReader.live).toBe(0);
  });

  it('gives up on a file after the time limit, replaces the reader and goes on with the rest', async () => {
    vi.useFakeTimers();
    const { events, running } = start(['a.txt', 'hang.pdf', 'b.txt']);
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual([
      'started 3',
      'imported a.txt 1/3',
      'failed hang.pdf timeout 2/3',
      'imported b.txt 3/3',
      'finished 3/3',
    ]);
    expect(FakeReader.created).toHaveLength(2);
    const failure = events.find((event) => event.kind === 'failed');
    expect(failure?.kind === 'failed' && failure.failure.message).toMatch(/took longer than 20 s/);
  });

  it('reports a crashed reader as reader_crashed with the analyst message, and continues on a new reader', async () => {
    vi.useFakeTimers();
    const { events, running } = start(['crash.docx', 'a.txt']);
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual([
      'started 2',
      'failed crash.docx reader_crashed 1/2',
      'imported a.txt 2/2',
      'finished 2/2',
    ]);
    const failure = events.find((event) => event.kind === 'failed');
    expect(failure?.kind === 'failed' && failure.failure).toMatchObject(importFailure('reader_crashed'));
    expect(FakeReader.created).toHaveLength(2);
  });

  it('fails a file whose reader never starts, after the start limit', async () => {
    vi.useFakeTimers();
    const { events, running } = start(['a.txt'], { startsUp: false });
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual(['started 1', 'failed a.txt reader_not_started 1/1', 'finished 1/1']);
  });

  it('stops at once when cancelled and says so', async () => {
    vi.useFakeTimers();
    const { events, running } = start(['a.txt', 'hang.pdf', 'b.txt']);
    await vi.advanceTimersByTimeAsync(50);
    running.cancel();
    await vi.runAllTimersAsync();
    await running.finished;
    expect(summary(events)).toEqual(['started 3', 'imported a.txt 1/3', 'finished 1/3 cancelled']);
    expect(FakeReader.created.every((reader) => reader.isTerminated)).toBe(true);
  });

  it('never has more readers at work than the limit, however many files', async () => {
    vi.useFakeTimers();
    const { events, running } = start(
      Array.from({ length: 40 }, (_, index) => `f${index}.txt`),
      { readerCount: 2 },
    );
    await vi.runAllTimersAsync();
    await running.finished;
    expect(events.filter((event) => event.kind === 'imported')).toHaveLength(40);
    expect(FakeReader.mostLive).toBe(2);
  });
});

describe('ImportLine', () => {
  it('runs twenty imports one after another: no two interleave and never more readers than one pool holds', async () => {
    vi.useFakeTimers();
    const line = new ImportLine();
    const events: ImportEvent[] = [];
    const finished = Array.from({ length: 20 }, (_, index) =>
      line.enqueue(
        () =>
          runImport([file(`a${index}.txt`), file(`b${index}.txt`)], {
            importId: `imp${index}`,
            limits: withLimits({ readerCount: 2 }),
            timers,
            emit: (event) => events.push(event),
            createReader: () => new FakeReader(),
          }).finished,
      ),
    );
    await vi.runAllTimersAsync();
    await Promise.all(finished);
    const order = events
      .filter((event) => event.kind === 'started' || event.kind === 'finished')
      .map((event) => `${event.kind} ${event.importId}`);
    expect(order).toEqual(
      Array.from({ length: 20 }, (_, index) => [`started imp${index}`, `finished imp${index}`]).flat(),
    );
    expect(FakeReader.mostLive).toBe(2);
  });

  it('keeps going after an import that throws', async () => {
    const line = new ImportLine();
    const first = line.enqueue(() => Promise.reject(new Error('walk failed')));
    const second = line.enqueue(() => Promise.resolve('ran'));
    await expect(first).rejects.toThrow('walk failed');
    await expect(second).resolves.toBe('ran');
  });
});
