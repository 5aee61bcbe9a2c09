import { readFile } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';
import { decodeUrlPathname, fileInsideRoot, mimeTypeOf } from './staticFiles';

/**
 * Maps an app:// request URL to a file inside `rootDir`, or null when the URL is not ours or
 * would escape the root (`..`, encoded separators, absolute paths, NUL bytes).
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const pathname = decodeUrlPathname(url.pathname);
  if (pathname === null || pathname.includes('\\')) return null;
  return fileInsideRoot(rootDir, pathname === '/' || pathname === '' ? 'index.html' : pathname);
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** The protocol.handle handler for app://: serves built renderer files with the CSP header. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = resolveAppFile(rootDir, request.url);
    if (!filePath) return textResponse(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': mimeTypeOf(filePath),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}
