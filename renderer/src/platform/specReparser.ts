import type { ClassSpec } from '../../../shared/model';

export type ReparseRequest = Readonly<{ requestId: number; specs: readonly ClassSpec[] }>;
export type ReparseResponse =
  | Readonly<{ requestId: number; ok: true; specs: readonly ClassSpec[] }>
  | Readonly<{ requestId: number; ok: false; message: string }>;

export type SpecReparser = Readonly<{
  reparse: (specs: readonly ClassSpec[]) => Promise<readonly ClassSpec[]>;
  close: () => void;
}>;

/** Re-parses stored records off the main thread, one batch at a time, so the app stays responsive meanwhile. */
export function createSpecReparser(): SpecReparser {
  const worker = new Worker(new URL('./reparseWorker.ts', import.meta.url), { type: 'module', name: 'reparse' });
  const pending = new Map<
    number,
    Readonly<{ resolve: (specs: readonly ClassSpec[]) => void; reject: (error: Error) => void }>
  >();
  let nextId = 0;
  const failAll = (message: string): void => {
    for (const request of pending.values()) request.reject(new Error(message));
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<ReparseResponse>) => {
    const request = pending.get(event.data.requestId);
    if (!request) return;
    pending.delete(event.data.requestId);
    if (event.data.ok) request.resolve(event.data.specs);
    else request.reject(new Error(event.data.message));
  };
  worker.onerror = (event) => failAll(event.message || 'the re-parse worker stopped');
  return {
    reparse: (specs) =>
      new Promise((resolve, reject) => {
        nextId += 1;
        pending.set(nextId, { resolve, reject });
        worker.postMessage({ requestId: nextId, specs } satisfies ReparseRequest);
      }),
    close: () => {
      failAll('the re-parse was stopped');
      worker.terminate();
    },
  };
}
