import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';

type MainReport = Readonly<{
  calls: string[];
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  windows: { webPreferences: Record<string, unknown>; url: string }[];
  channels: string[];
  menu: string[];
  page: { status: number; type: string; csp: string };
  seeds: { result: { ok: boolean }; events: string[]; titles: string[] };
  untrusted: { ok: boolean; error?: string };
  invented: { ok: boolean; error?: string };
}>;

// Runs wherever the Electron binary is missing too: the built main bundle, loaded by Node with a stand-in
// electron module, must start, serve the page, answer IPC and import the seeds on worker threads.
test.describe('built main process under Node (stand-in electron module, no binary needed)', () => {
  let report: MainReport;

  test.beforeAll(async ({ builtApp }) => {
    const support = join(builtApp, 'tests', 'e2e', 'electron', 'support');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(support, 'register.mjs'), join(support, 'driveMain.mjs'), builtApp], {
      cwd: builtApp,
      env: { ...process.env, APP_USER_DATA: join(builtApp, 'test-results', 'stand-in-user-data') },
      timeout: 60_000,
    });
    report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as MainReport;
  });

  test('sandboxes every renderer and honours APP_USER_DATA before ready', () => {
    expect(report.calls).toContain('enableSandbox');
    expect(report.calls.find((call) => call.startsWith('setPath userData'))).toMatch(/stand-in-user-data$/);
  });

  test('registers app:// as a standard, secure scheme and opens one sandboxed window on it', () => {
    expect(report.privileged).toMatchObject([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]?.url).toBe('app://reclass/index.html');
    expect(report.windows[0]?.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(String(report.windows[0]?.webPreferences['preload'])).toMatch(/out[/\\]preload[/\\]index\.cjs$/);
  });

  test('serves the built page with its CSP header', () => {
    expect(report.page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(report.page.csp).toContain("script-src 'self'");
  });

  test('handles every DesktopApi channel and installs the menu', () => {
    expect(report.channels).toHaveLength(9);
    expect(report.menu).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  test('imports the seeds through the built worker entry and streams the events', () => {
    expect(report.seeds.result.ok).toBe(true);
    expect(report.seeds.events[0]).toBe('started');
    expect(report.seeds.events.at(-1)).toBe('finished');
    expect(report.seeds.titles).toHaveLength(5);
  });

  test('rejects an untrusted sender and a path the page invented', () => {
    expect(report.untrusted).toMatchObject({ ok: false, error: expect.stringContaining('untrusted sender') as unknown as string });
    expect(report.invented).toMatchObject({ ok: false, error: expect.stringContaining('Rejected importDropped') as unknown as string });
  });
});
