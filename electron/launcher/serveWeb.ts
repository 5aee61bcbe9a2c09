// `npm run web`: serves the built browser version (out/web) on 127.0.0.1 so it can be used, and driven by Playwright, without Electron.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeUrlPathname, fileInsideRoot, mimeTypeOf } from '../main/staticFiles';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i;

/** The policy in the built index.html's meta, plus what only a header can say. */
export function contentSecurityPolicy(indexHtml: string): string {
  const meta = CSP_META.exec(indexHtml)?.[1];
  if (!meta) throw new Error('index.html has no Content-Security-Policy meta; refusing to serve without one');
  return `${meta}; frame-ancestors 'none'`;
}

/** Maps a request path to a file under root, or null when it would leave root or is malformed. */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  let pathname: string | null;
  try {
    pathname = decodeUrlPathname(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname === null) return null;
  return fileInsideRoot(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
  isHead: boolean,
): void {
  response.writeHead(status, headers);
  response.end(isHead ? undefined : body);
}

export function createWebServer(root: string, csp: string): Server {
  const baseHeaders = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const isHead = request.method === 'HEAD';
    const text = { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' };
    if (request.method !== 'GET' && !isHead)
      return send(response, 405, { ...text, Allow: 'GET, HEAD' }, 'Method not allowed', isHead);
    const file = resolveRequestPath(root, request.url ?? '/');
    if (!file) return send(response, 400, text, 'Bad request', isHead);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return send(response, 404, text, 'Not found', isHead);
    send(
      response,
      200,
      { ...baseHeaders, 'Content-Type': mimeTypeOf(file), 'Content-Length': String(info.size) },
      await readFile(file),
      isHead,
    );
  };
  return createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, baseHeaders);
      response.end();
    });
  });
}

async function main(): Promise<void> {
  const root = resolve(fileURLToPath(new URL('../../out/web', import.meta.url)));
  const indexHtml = await readFile(join(root, 'index.html'), 'utf8').catch(() => null);
  if (indexHtml === null) {
    process.stderr.write(
      `No web build in ${root}: run "npm run build:web" first (or "npm run web", which builds and serves).\n`,
    );
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4173);
  const server = createWebServer(root, contentSecurityPolicy(indexHtml));
  server.on('error', (error) => {
    process.stderr.write(`Could not serve on 127.0.0.1:${port}: ${error.message}\n`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    process.stdout.write(`Reclass (web) is running at http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
