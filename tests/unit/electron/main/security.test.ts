import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  createAppUrlCheck,
  isAppUrl,
  isPermissionAllowed,
  openExternalUrl,
  parseExternalUrl,
  secureWebPreferences,
  shouldBlockNavigation,
} from '../../../../electron/main/security';

describe('isAppUrl', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://reclass/', true],
    ['app://reclass/assets/index-abc.js', true],
    ['app://reclass/index.html#/compare/a/b', true],
    ['app://evil/index.html', false],
    ['app://reclass.evil.com/index.html', false],
    ['app://user:pass@reclass/index.html', false],
    ['https://reclass/index.html', false],
    ['file:///work/main/out/renderer/index.html', false],
    ['http://localhost:5173/', false],
    ['javascript:alert(1)', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('createAppUrlCheck with a dev server', () => {
  const check = createAppUrlCheck('http://localhost:5173/');
  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx', true],
    [APP_ENTRY_URL, true],
    ['http://localhost:5174/', false],
    ['http://127.0.0.1:5173/', false],
    ['https://localhost:5173/', false],
  ])('%s → %s', (url, expected) => {
    expect(check(url)).toBe(expected);
  });

  it('without a dev server only the app origin is trusted', () => {
    expect(createAppUrlCheck(undefined)('http://localhost:5173/')).toBe(false);
    expect(createAppUrlCheck('garbage')('http://localhost:5173/')).toBe(false);
  });
});

describe('shouldBlockNavigation', () => {
  it.each([
    ['app://reclass/index.html#/series', false],
    ['https://www.example.org/', true],
    ['file:///etc/passwd', true],
    ['data:text/html,<script>alert(1)</script>', true],
  ])('%s blocked: %s', (url, blocked) => {
    expect(shouldBlockNavigation(url, isAppUrl)).toBe(blocked);
  });
});

describe('isPermissionAllowed', () => {
  it.each([
    ['persistent-storage', 'app://reclass/index.html', true],
    ['persistent-storage', 'app://reclass', true],
    ['persistent-storage', 'https://evil.example/', false],
    ['persistent-storage', 'file:///home/analyst/spec.html', false],
    ['storage-access', 'app://reclass/index.html', false],
    ['media', 'app://reclass/index.html', false],
    ['notifications', 'app://reclass/index.html', false],
    ['geolocation', 'app://reclass/index.html', false],
    ['unknown', 'app://reclass/index.html', false],
  ])('%s for %s: %s', (permission, url, allowed) => {
    expect(isPermissionAllowed(permission, url, isAppUrl)).toBe(allowed);
  });
});

describe('parseExternalUrl', () => {
  it.each([
    [
      'https://www.opm.gov/policy-data-oversight/classification-qualifications/',
      'https://www.opm.gov/policy-data-oversight/classification-qualifications/',
    ],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/a', 'https://example.org/a'],
  ])('accepts %s', (value, href) => {
    expect(parseExternalUrl(value)?.href).toBe(href);
  });

  it.each([
    ['file URL', 'file:///etc/passwd'],
    ['javascript URL', 'javascript:alert(1)'],
    ['custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://host/share'],
    ['credentials in URL', 'https://user:secret@example.org/'],
    ['relative URL', '/index.html'],
    ['number', 42],
    ['object with href', { href: 'https://example.org' }],
    ['null', null],
    ['huge URL', `https://example.org/${'a'.repeat(5000)}`],
  ])('rejects %s', (_case, value) => {
    expect(parseExternalUrl(value)).toBeNull();
  });
});

describe('openExternalUrl', () => {
  it('opens only after the analyst confirms', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openExternalUrl('https://example.org/', () => Promise.resolve(true), open)).toBe(true);
    expect(open).toHaveBeenCalledWith('https://example.org/');
  });

  it('does not open when the analyst declines', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openExternalUrl('https://example.org/', () => Promise.resolve(false), open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('never asks about or opens a non-web URL', async () => {
    const confirm = vi.fn(() => Promise.resolve(true));
    const open = vi.fn(() => Promise.resolve());
    expect(await openExternalUrl('file:///C:/Windows/System32/calc.exe', confirm, open)).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts only from the app itself', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it.each([['object-src'], ['base-uri'], ['frame-ancestors']])('%s is none', (name) => {
    expect(directives.get(name)).toEqual(["'none'"]);
  });

  it('lets the app start workers from itself and blobs only', () => {
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('has no unsafe-eval anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('secureWebPreferences', () => {
  it('sandboxes and isolates every window', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });
});

describe('CONTENT_SECURITY_POLICY and the renderer page', () => {
  it('carries every directive of the meta CSP in renderer/index.html', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).not.toBe('');
    const header = new Set(CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim()));
    for (const directive of meta
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)) {
      expect(header).toContain(directive);
    }
  });
});
