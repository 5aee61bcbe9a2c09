// Serving the built renderer as files: shared by the app:// protocol and the browser-version server,
// so it stays plain Node (no Electron import) and both answer with the same types and the same walls.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Percent-decodes a URL pathname, or null when the encoding is broken or hides a NUL byte. */
export function decodeUrlPathname(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/**
 * The file a decoded request path names under rootDir, or null when it would be the root itself or
 * lie outside it (`..` segments, absolute paths). Leading slashes are read as relative to the root.
 */
export function fileInsideRoot(rootDir: string, requestPath: string): string | null {
  const root = resolve(rootDir);
  const filePath = resolve(root, requestPath.replace(/^\/+/, ''));
  const fromRoot = relative(root, filePath);
  const escapes = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  return fromRoot === '' || escapes ? null : filePath;
}
