import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, WEB_PORT, WEB_URL } from './tests/e2e/pages/chromium';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e/web',
      use: {
        baseURL: WEB_URL,
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
      },
    },
    {
      // Written by the Electron work; it launches the app itself and reports itself skipped where there is no Electron binary.
      name: 'electron',
      testDir: 'tests/e2e/electron',
    },
  ],
  // Serves the already-built out/web (npm run test:e2e builds first). The electron project does not use it, but it is harmless there.
  webServer: {
    command: 'npx tsx electron/launcher/serveWeb.ts',
    url: WEB_URL,
    env: { PORT: String(WEB_PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
