// Runs in a Web Worker: bytes in, the import core's outcome out.
import { handleImportRequest } from './handleImportRequest';
import { WORKER_READY, type WorkerRequest, type WorkerResponse } from './workerProtocol';

// The web tsconfig has DOM types, not WebWorker ones (the two libs conflict); this is all we use.
type WorkerScope = {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse | typeof WORKER_READY): void;
};
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handleImportRequest(event.data).then((response) => scope.postMessage(response));
};
scope.postMessage(WORKER_READY);
