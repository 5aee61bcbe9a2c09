import { stat } from 'node:fs/promises';
import { isAbsolute, normalize } from 'node:path';
import { isReadablePath } from './import';

export type PathKind = 'file' | 'directory' | 'other' | 'missing';
export type StatPath = (path: string) => Promise<PathKind>;

export type AcceptedPaths = Readonly<{ ok: true; paths: readonly string[] }> | Readonly<{ ok: false; error: string }>;

export const statPath: StatPath = async (path) => {
  try {
    const info = await stat(path);
    if (info.isFile()) return 'file';
    return info.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
};

/**
 * Dropped paths come from the preload's webUtils.getPathForFile (and only ones it handed out),
 * so anything relative, un-normalized, missing, or not a plain file or folder was forged: reject the whole call.
 */
export async function acceptDroppedPaths(paths: readonly string[], statOf: StatPath): Promise<AcceptedPaths> {
  const unique = [...new Set(paths)];
  for (const path of unique) {
    if (!isAbsolute(path) || normalize(path) !== path) return { ok: false, error: `not an absolute path: ${path}` };
    if (!isReadablePath(path)) return { ok: false, error: `not a file the analyst may import: ${path}` };
  }
  const kinds = await Promise.all(unique.map(statOf));
  const badIndex = kinds.findIndex((kind) => kind !== 'file' && kind !== 'directory');
  if (badIndex >= 0) return { ok: false, error: `not a file or folder: ${unique[badIndex] ?? ''}` };
  return { ok: true, paths: unique };
}
