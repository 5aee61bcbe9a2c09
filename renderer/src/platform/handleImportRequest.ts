import { importDocument } from '../../../shared/import';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What the import worker does with one request: the shared import core, with WebCrypto for the hash. */
export async function handleImportRequest(request: WorkerRequest): Promise<WorkerResponse> {
  const { jobId, fileName, relativePath, bytes, limits } = request;
  const outcome = await importDocument(new Uint8Array(bytes), fileName, { relativePath, sha256: sha256Hex, limits });
  return { jobId, outcome };
}
