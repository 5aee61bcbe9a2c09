import type { WebContents, WebPreferences } from 'electron';
import { ELECTRON_SKIP_REASON, electronAvailable, expect, test, type DesktopWindow } from './fixtures';

// Electron's own runtime API, used by its test suites, but missing from electron.d.ts.
type WithLastPreferences = WebContents & { getLastWebPreferences: () => WebPreferences | null };

test.describe('Electron security', () => {
  test.skip(!electronAvailable(), ELECTRON_SKIP_REASON);

  test('the window is sandboxed and isolated, with no Node in the page', async ({ app, page }) => {
    const preferences = await app.evaluate(({ BrowserWindow }) =>
      (BrowserWindow.getAllWindows()[0]?.webContents as WithLastPreferences | undefined)?.getLastWebPreferences(),
    );
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    const pageGlobals = await page.evaluate(() => [
      typeof (window as unknown as Record<string, unknown>)['require'],
      typeof (window as unknown as Record<string, unknown>)['process'],
    ]);
    expect(pageGlobals).toEqual(['undefined', 'undefined']);
  });

  test('the page sees only the typed bridge, not ipcRenderer', async ({ page }) => {
    const bridge = await page.evaluate(() => ({
      desktop: Object.keys((window as DesktopWindow).desktop ?? {}).sort(),
      hasIpcRenderer: 'ipcRenderer' in window,
    }));
    expect(bridge.hasIpcRenderer).toBe(false);
    expect(bridge.desktop).toContain('importSeeds');
    expect(bridge.desktop).not.toContain('send');
  });

  test('window.open is denied', async ({ app, page }) => {
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('navigation away from the app is blocked and the page stays loaded', async ({ app, page }) => {
    await page.evaluate(() => {
      (window as unknown as Record<string, unknown>)['__stillHere'] = true;
    });
    const attempted = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) => {
          BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (_event, url) => resolve(url));
        }),
    );
    await page.evaluate(() => {
      setTimeout(() => window.location.assign('https://example.org/'), 0);
    });
    expect(await attempted).toBe('https://example.org/');
    await expect(page).toHaveURL(/^app:\/\/reclass\//);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['__stillHere'])).toBe(true);
  });

  test('the Content-Security-Policy is sent and an injected inline script does not run', async ({ page }) => {
    const header = await page.evaluate(async () =>
      (await fetch('app://reclass/index.html')).headers.get('content-security-policy'),
    );
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("object-src 'none'");
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as Record<string, unknown>)['__inlineRan'] === true;
    });
    expect(inlineRan).toBe(false);
  });

  test('openExternal refuses a file URL without asking', async ({ page }) => {
    expect(await page.evaluate(() => (window as DesktopWindow).desktop?.openExternal('file:///etc/passwd'))).toBe(
      false,
    );
  });

  test('main rejects dropped paths the page made up', async ({ page }) => {
    const error = await page.evaluate(() =>
      (window as DesktopWindow).desktop?.importDropped(['/etc/passwd']).then(
        () => null,
        (reason: unknown) => String(reason),
      ),
    );
    expect(error).toContain('pathForFile');
  });
});
