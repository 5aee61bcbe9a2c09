// Runs in a Web Worker: stored records in, the same records read again by the current parser out.
import { reparseSpec } from '../../../shared/import';
import type { ReparseRequest, ReparseResponse } from './specReparser';

// The web tsconfig has DOM types, not WebWorker ones (the two libs conflict); this is all we use.
type WorkerScope = {
  onmessage: ((event: MessageEvent<ReparseRequest>) => void) | null;
  postMessage(message: ReparseResponse): void;
};
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { requestId, specs } = event.data;
  try {
    scope.postMessage({ requestId, ok: true, specs: specs.map(reparseSpec) });
  } catch (error) {
    scope.postMessage({ requestId, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
