// Runs in a Web Worker: bytes in, ImportedSpec or a per-file failure out.
import { extractDocument } from '../../../shared/extract';
import type { ImportFailure } from '../../../shared/ipc/contract';
import { parseSpec } from '../../../shared/spec';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

// The web tsconfig has DOM types, not WebWorker ones (the two libs conflict); this is all we use.
type WorkerScope = { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerResponse): void };
const scope = self as unknown as WorkerScope;

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function importOne(request: WorkerRequest): Promise<WorkerResponse> {
  const { jobId, fileName, relativePath, bytes } = request;
  const fail = (code: string, message: string): WorkerResponse => {
    const failure: ImportFailure = { fileName, relativePath, code, message };
    return { jobId, ok: false, failure };
  };
  try {
    const hash = await sha256Hex(bytes);
    const outcome = await extractDocument(new Uint8Array(bytes), fileName);
    if (!outcome.ok) return fail(outcome.error.code, outcome.error.message);
    const spec = parseSpec(outcome.document.text);
    return { jobId, ok: true, spec: { fileName, relativePath, format: outcome.document.format, hash, size: bytes.byteLength, spec } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('corrupt', `the file could not be read (${reason}): re-save it and import again`);
  }
}

scope.onmessage = (event) => {
  void importOne(event.data).then((response) => scope.postMessage(response));
};
