import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, resolveAppFile } from '../../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security';

const ROOT = '/srv/reclass/out/renderer';

describe('resolveAppFile', () => {
  it.each([
    ['app://reclass/', `${ROOT}/index.html`],
    ['app://reclass/index.html', `${ROOT}/index.html`],
    ['app://reclass/index.html?x=1#/compare', `${ROOT}/index.html`],
    ['app://reclass/assets/index-abc123.js', `${ROOT}/assets/index-abc123.js`],
    ['app://reclass/assets/My%20Font.woff2', `${ROOT}/assets/My Font.woff2`],
    // URL parsing resolves dot segments against the root, so they can only land inside it.
    ['app://reclass/../../etc/passwd', `${ROOT}/etc/passwd`],
    ['app://reclass/%2e%2e/%2e%2e/etc/passwd', `${ROOT}/etc/passwd`],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppFile(ROOT, url)).toBe(expected);
  });

  it.each([
    ['encoded slash traversal', 'app://reclass/assets%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['backslash traversal', 'app://reclass/..%5c..%5cwindows%5cwin.ini'],
    ['NUL byte', 'app://reclass/index.html%00.png'],
    ['broken percent-encoding', 'app://reclass/%E0%A4%A'],
    ['foreign host', 'app://other/index.html'],
    ['foreign scheme', 'file:///srv/reclass/out/renderer/index.html'],
    ['not a URL', '::::'],
  ])('rejects %s', (_case, url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });
});

describe('createAppRequestHandler', () => {
  let root = '';
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'reclass-protocol-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Reclass</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'outside the root');
    handle = createAppRequestHandler(root);
  });

  afterAll(async () => {
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  it('serves the entry page with its MIME type and the CSP header', async () => {
    const response = await handle(new Request('app://reclass/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Reclass</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://reclass/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for files outside the root and files that do not exist', async () => {
    expect((await handle(new Request('app://reclass/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://reclass/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://reclass/assets'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle(new Request('app://reclass/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
