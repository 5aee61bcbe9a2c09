import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';

/** One file to import; `problem` marks a file the analyst named directly that cannot be imported. */
export type FoundFile = Readonly<{
  path: string;
  fileName: string;
  /** Relative to the folder the analyst picked (forward slashes), or the bare name for a picked file. */
  relativePath: string;
  problem?: 'unsupported' | 'missing';
}>;

export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.markdown', '.pdf', '.docx', '.doc', '.htm', '.html']);
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '.ds_store', 'ehthumbs.db', 'icon\r']);

/** Files no analyst means to import: dot files, OS litter and Office lock files (~$name.docx). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());
}

export const isSupportedName = (name: string): boolean => SUPPORTED_EXTENSIONS.has(extname(name).toLowerCase());

async function walkFolder(root: string, folder: string, into: FoundFile[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const path = join(folder, entry.name);
    // Symlinked folders are not followed: they can loop back into the tree.
    if (entry.isDirectory()) await walkFolder(root, path, into);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isSupportedName(entry.name)) {
      if (entry.isSymbolicLink() && !(await stat(path).then((info) => info.isFile(), () => false))) continue;
      into.push({ path, fileName: entry.name, relativePath: relative(root, path).split(sep).join('/') });
    }
  }
}

/**
 * Expands the analyst's selection into files: folders are walked recursively (hidden and system
 * files and unsupported types skipped), files named directly are kept and flagged if unusable.
 */
export async function findFiles(paths: readonly string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const path of paths) {
    const fileName = basename(path);
    const info = await lstat(path).catch(() => null);
    if (!info) found.push({ path, fileName, relativePath: fileName, problem: 'missing' });
    else if (info.isDirectory()) await walkFolder(path, path, found);
    else found.push({ path, fileName, relativePath: fileName, ...(isSupportedName(fileName) ? {} : { problem: 'unsupported' as const }) });
  }
  return found;
}
