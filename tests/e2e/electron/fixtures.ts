import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { detectProjectElectron } from '../../../electron/launcher/electronBinary';
import type { DesktopApi } from '../../../shared/ipc/contract';

export { expect } from '@playwright/test';

/** The page's window as the preload leaves it (types only: page.evaluate callbacks cannot share code). */
export type DesktopWindow = Window & {
  readonly desktop?: DesktopApi;
  readonly desktopFiles?: unknown;
  readonly ipcRenderer?: unknown;
};

const projectRoot = resolve(import.meta.dirname, '..', '..', '..');

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed: its download needs github.com (run npx install-electron where reachable)';

/** True where node_modules/electron has its downloaded binary (never on machines without github.com access). */
export function electronAvailable(): boolean {
  return detectProjectElectron(projectRoot).usable;
}

// The list reporter shows skipped tests without their reason, so say it once, from the runner (workers have an index).
if (!electronAvailable() && process.env['TEST_WORKER_INDEX'] === undefined)
  console.log(`Electron e2e suite skipped: ${ELECTRON_SKIP_REASON}`);

type WorkerFixtures = { builtApp: string };
type TestFixtures = { app: ElectronApplication; page: Page };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // Builds main, preload and renderer once per worker, so the app under test is the one `npm start` runs.
  builtApp: [
    async ({}, use) => {
      execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
        cwd: projectRoot,
        stdio: 'pipe',
        shell: process.platform === 'win32',
      });
      await use(projectRoot);
    },
    { scope: 'worker' },
  ],
  // Each test gets a fresh profile (APP_USER_DATA), so IndexedDB and the single-instance lock never leak between tests.
  app: async ({ builtApp }, use) => {
    const status = detectProjectElectron(builtApp);
    if (!status.usable) throw new Error(status.reason);
    const userData = await mkdtemp(join(tmpdir(), 'reclass-e2e-'));
    const app = await _electron.launch({
      executablePath: status.executablePath,
      args: [builtApp],
      cwd: builtApp,
      env: { ...process.env, APP_USER_DATA: userData },
    });
    await use(app);
    await app.close();
    await rm(userData, { recursive: true, force: true });
  },
  page: async ({ app }, use) => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});
