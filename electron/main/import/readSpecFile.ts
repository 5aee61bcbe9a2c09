import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { failed, importDocument, importFailure, tooLargeFailure, type ImportOutcome } from '../../../shared/import';
import type { FileTask } from './fileJob';
import { isReadablePath } from './pathGuard';

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * One file on disk → its record: opened once, and the open handle (not the path, which could be
 * swapped meanwhile) is checked to be a regular file within the size limit before it is read.
 */
export async function readSpecFile(task: FileTask): Promise<ImportOutcome> {
  const file = { fileName: task.fileName, relativePath: task.relativePath };
  if (!isReadablePath(task.path)) return failed(file, importFailure('unreadable', 'not a file the analyst chose'));
  let bytes: Uint8Array;
  try {
    const handle = await open(task.path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return failed(file, importFailure('unreadable', 'not a regular file'));
      if (info.size > task.limits.maxFileBytes)
        return failed(file, tooLargeFailure(info.size, task.limits.maxFileBytes));
      bytes = new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
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
