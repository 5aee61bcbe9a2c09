import { describe, expect, it } from 'vitest';
import { decodeUrlPathname, fileInsideRoot, mimeTypeOf } from '../../../../electron/main/staticFiles';

const ROOT = '/srv/reclass/out/web';

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index.js', 'text/javascript; charset=utf-8'],
    ['assets/pdf.worker.min.mjs', 'text/javascript; charset=utf-8'],
    ['assets/style.CSS', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/decoder.wasm', 'application/wasm'],
    ['cmaps/78-H.bcmap', 'application/octet-stream'],
    ['assets/unknown.bin', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
  ])('%s → %s', (path, mime) => {
    expect(mimeTypeOf(path)).toBe(mime);
  });
});

describe('decodeUrlPathname', () => {
  it.each([
    ['/assets/My%20Font.woff2', '/assets/My Font.woff2'],
    ['/..%2f..%2fpackage.json', '/../../package.json'],
    ['/index.html', '/index.html'],
  ])('%s → %s', (pathname, expected) => {
    expect(decodeUrlPathname(pathname)).toBe(expected);
  });

  it.each([
    ['broken percent-encoding', '/%E0%A4%A'],
    ['a NUL byte', '/index.html%00.png'],
  ])('rejects %s', (_case, pathname) => {
    expect(decodeUrlPathname(pathname)).toBeNull();
  });
});

describe('fileInsideRoot', () => {
  it.each([
    ['/index.html', `${ROOT}/index.html`],
    ['assets/app.js', `${ROOT}/assets/app.js`],
    ['//assets/app.js', `${ROOT}/assets/app.js`],
    ['/assets/../index.html', `${ROOT}/index.html`],
    ['/..notes.txt', `${ROOT}/..notes.txt`],
  ])('%s → %s', (requestPath, expected) => {
    expect(fileInsideRoot(ROOT, requestPath)).toBe(expected);
  });

  it.each([
    ['parent segments', '/../../package.json'],
    ['a sibling folder that shares the prefix', '/../web-secrets/key.txt'],
    ['the root itself', '/'],
    ['the root through a dot segment', '/assets/..'],
  ])('rejects %s', (_case, requestPath) => {
    expect(fileInsideRoot(ROOT, requestPath)).toBeNull();
  });
});
