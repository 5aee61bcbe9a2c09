import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extractDocument } from '../../../shared/extract';
import { parseSpec } from '../../../shared/spec';
import type { ImportTask, ImportTaskResult } from './importTask';

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const MEGABYTE = 1024 * 1024;

/** One file → parsed spec: size checked before reading, then hash, extraction and parsing. */
export async function readSpecFile(task: ImportTask): Promise<ImportTaskResult> {
  const { taskId } = task;
  let bytes: Uint8Array;
  try {
    const info = await stat(task.path);
    if (info.size > task.maxBytes) {
      const message = `the file is too large to import (${Math.ceil(info.size / MEGABYTE)} MB; the limit is ${Math.floor(task.maxBytes / MEGABYTE)} MB): split it into one file per class specification`;
      return { taskId, ok: false, code: 'too_large', message };
    }
    bytes = new Uint8Array(await readFile(task.path));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'read error';
    return { taskId, ok: false, code: 'unreadable', message: `the file could not be opened (${reason}): check that it exists and you may read it` };
  }
  const outcome = await extractDocument(bytes, task.fileName, { maxBytes: task.maxBytes });
  if (!outcome.ok) return { taskId, ok: false, ...outcome.error };
  const parsed = parseSpec(outcome.document.text);
  const extractionWarnings = outcome.document.warnings.map((message) => ({ code: 'extract', message }));
  const spec = extractionWarnings.length > 0 ? { ...parsed, warnings: [...extractionWarnings, ...parsed.warnings] } : parsed;
  return {
    taskId,
    ok: true,
    spec: { fileName: task.fileName, relativePath: task.relativePath, format: outcome.document.format, hash: hashBytes(bytes), size: bytes.length, spec },
  };
}
