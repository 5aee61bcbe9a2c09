import { isAbsolute, normalize, sep } from 'node:path';

// Kernel and device file systems: reading them can hang (/dev/zero, FIFOs) or leak process data (/proc/self/environ).
const SYSTEM_ROOTS = ['/proc', '/sys', '/dev', '/run'];
// Windows device namespaces and reserved device names (CON, NUL, COM1…) read from a device, not a file.
const WINDOWS_DEVICE_PREFIX = /^\\\\[.?]\\/;
const WINDOWS_DEVICE_NAME = /(^|[\\/])(con|prn|aux|nul|com\d|lpt\d)(\.[^\\/]*)?$/i;

const isUnder = (path: string, root: string): boolean => path === root || path.startsWith(`${root}/`);

/**
 * Main's own check of a path it is asked to read, whatever the renderer or preload claimed:
 * absolute and normalized (no `..` games), and not on a device or kernel file system.
 * The caller still checks that what it opens is a regular file or a folder.
 */
export function isReadablePath(path: string): boolean {
  if (path.length === 0 || path.includes('\0') || !isAbsolute(path) || normalize(path) !== path) return false;
  if (WINDOWS_DEVICE_PREFIX.test(path) || WINDOWS_DEVICE_NAME.test(path)) return false;
  return sep === '\\' || !SYSTEM_ROOTS.some((root) => isUnder(path, root));
}
