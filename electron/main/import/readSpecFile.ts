import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { failed, importDocument, importFailure, tooLargeFailure, type ImportOutcome } from '../../../shared/import';
import type { FileTask } from './fileJob';
import { isReadablePath } from './pathGuard';

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * One file on disk → its record: opened once, and the open handle (not the path, which could be
 * swapped meanwhile) is checked to be a regular file within the size limit before it is read.
 * Synchronous I/O: a reader thread reads one file at a time anyway, and the four thread-pool round
 * trips of the promise API cost about 0.15 ms a file against 0.02 ms (a tenth of a small file's import).
 */
export async function readSpecFile(task: FileTask): Promise<ImportOutcome> {
  const file = { fileName: task.fileName, relativePath: task.relativePath };
  if (!isReadablePath(task.path)) return failed(file, importFailure('unreadable', 'not a file the analyst chose'));
  let bytes: Uint8Array;
  try {
    const descriptor = openSync(task.path, 'r');
    try {
      const info = fstatSync(descriptor);
      if (!info.isFile()) return failed(file, importFailure('unreadable', 'not a regular file'));
      if (info.size > task.limits.maxFileBytes)
        return failed(file, tooLargeFailure(info.size, task.limits.maxFileBytes));
      bytes = new Uint8Array(readFileSync(descriptor));
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'read error';
    return failed(file, importFailure('unreadable', reason));
  }
  return importDocument(bytes, task.fileName, {
    relativePath: task.relativePath,
    sha256: hashBytes,
    limits: task.limits,
  });
}
