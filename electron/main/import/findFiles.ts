import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { importFailure, isIgnoredName, isSupportedName, type FailureReason } from '../../../shared/import';
import type { FileJob } from './fileJob';
import { isReadablePath } from './pathGuard';

/** One file to import; `problem` marks a file the analyst named directly that cannot be imported. */
export type FoundFile = FileJob;

const refused = (path: string, reason: FailureReason): FoundFile => ({
  path,
  fileName: basename(path),
  relativePath: basename(path),
  problem: reason,
});

/** A symlink counts only when what it points at is a regular file outside the device and kernel file systems. */
async function isLinkToFile(path: string): Promise<boolean> {
  const target = await realpath(path).catch(() => null);
  if (!target || !isReadablePath(target)) return false;
  return stat(target).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function walkFolder(root: string, folder: string, into: FoundFile[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const path = join(folder, entry.name);
    // Symlinked folders are not followed: they can loop back into the tree. Devices, FIFOs and sockets are never read.
    if (entry.isDirectory()) await walkFolder(root, path, into);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isSupportedName(entry.name)) {
      if (entry.isSymbolicLink() && !(await isLinkToFile(path))) continue;
      into.push({ path, fileName: entry.name, relativePath: relative(root, path).split(sep).join('/') });
    }
  }
}

/**
 * Expands the analyst's selection into files: folders are walked recursively (hidden and system
 * files and unsupported types skipped), files named directly are kept and flagged if unusable.
 * Main checks every path itself: nothing on a device or kernel file system, nothing but regular files and folders.
 */
export async function findFiles(paths: readonly string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const path of paths) {
    if (!isReadablePath(path)) {
      found.push(refused(path, importFailure('unreadable', 'not a file or folder the analyst chose')));
      continue;
    }
    const fileName = basename(path);
    const info = await lstat(path).catch(() => null);
    if (!info) found.push(refused(path, importFailure('missing')));
    else if (info.isDirectory()) await walkFolder(path, path, found);
    else if (!info.isFile() && !(info.isSymbolicLink() && (await isLinkToFile(path))))
      found.push(refused(path, importFailure('unreadable', 'not a regular file')));
    else
      found.push({
        path,
        fileName,
        relativePath: fileName,
        ...(isSupportedName(fileName) ? {} : { problem: importFailure('unsupported') }),
      });
  }
  return found;
}
