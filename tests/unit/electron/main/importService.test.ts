import { describe, expect, it, vi } from 'vitest';
import type { ImportEvent } from '../../../../shared/ipc/contract';
import { createImportService, type ImportRunOptions, type ImportRunner } from '../../../../electron/main/importService';

function sequentialIds(): () => string {
  let next = 0;
  return () => `import-${++next}`;
}

function collect(): { events: ImportEvent[]; send: (event: ImportEvent) => void; finished: Promise<void> } {
  const events: ImportEvent[] = [];
  let markFinished = (): void => undefined;
  const finished = new Promise<void>((resolve) => {
    markFinished = resolve;
  });
  return {
    events,
    finished,
    send: (event) => {
      events.push(event);
      if (event.kind === 'finished') markFinished();
    },
  };
}

describe('createImportService', () => {
  it('returns the id at once and streams the runner events in order', async () => {
    const runner: ImportRunner = (paths, { importId, onEvent }) => {
      onEvent({ kind: 'started', importId, total: paths.length, files: [] });
      onEvent({
        kind: 'failed',
        importId,
        done: 1,
        total: 1,
        failure: {
          fileName: 'a.bin',
          relativePath: 'a.bin',
          code: 'binary',
          message: 'Not a document',
          advice: 'Import a document',
        },
      });
      onEvent({ kind: 'finished', importId, done: 1, total: 1, cancelled: false });
      return Promise.resolve();
    };
    const service = createImportService(runner, sequentialIds());
    const sink = collect();
    expect(service.start(['/specs/a.bin'], sink.send)).toEqual({ importId: 'import-1' });
    await sink.finished;
    expect(sink.events.map((event) => event.kind)).toEqual(['started', 'failed', 'finished']);
    expect(service.runningCount()).toBe(0);
  });

  it('cancel aborts the runner signal and the import finishes as cancelled', async () => {
    let received: ImportRunOptions | undefined;
    const runner: ImportRunner = (_paths, options) => {
      received = options;
      options.onEvent({ kind: 'started', importId: options.importId, total: 3, files: [] });
      return new Promise((resolve) => {
        options.signal.addEventListener('abort', () => {
          options.onEvent({ kind: 'finished', importId: options.importId, done: 1, total: 3, cancelled: true });
          resolve();
        });
      });
    };
    const service = createImportService(runner, sequentialIds());
    const sink = collect();
    const { importId } = service.start(['/specs'], sink.send);
    expect(service.runningCount()).toBe(1);
    service.cancel(importId);
    await sink.finished;
    expect(received?.signal.aborted).toBe(true);
    expect(sink.events.at(-1)).toEqual({ kind: 'finished', importId, done: 1, total: 3, cancelled: true });
  });

  it('ends the import with a finished event when the runner crashes', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const runner: ImportRunner = (_paths, { importId, onEvent }) => {
      onEvent({ kind: 'started', importId, total: 2, files: [] });
      return Promise.reject(new Error('worker exited'));
    };
    const service = createImportService(runner, sequentialIds());
    const sink = collect();
    const { importId } = service.start(['/a', '/b'], sink.send);
    await sink.finished;
    expect(sink.events.at(-1)).toEqual({ kind: 'finished', importId, done: 0, total: 2, cancelled: false });
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('drops events after finished and events for another import', async () => {
    const runner: ImportRunner = (_paths, { importId, onEvent }) => {
      onEvent({ kind: 'finished', importId, done: 0, total: 0, cancelled: false });
      onEvent({ kind: 'started', importId, total: 0, files: [] });
      onEvent({ kind: 'started', importId: 'someone-else', total: 9, files: [] });
      return Promise.resolve();
    };
    const sink = collect();
    createImportService(runner, sequentialIds()).start([], sink.send);
    await sink.finished;
    await Promise.resolve();
    expect(sink.events).toHaveLength(1);
  });

  it('ignores cancelling an unknown import', () => {
    const service = createImportService(() => Promise.resolve(), sequentialIds());
    expect(() => service.cancel('nope')).not.toThrow();
  });
});
