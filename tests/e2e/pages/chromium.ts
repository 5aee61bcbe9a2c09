import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium where it exists, else whatever browser Playwright already has (never downloads one). */
export const CHROMIUM_EXECUTABLE = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

// RECLASS_WEB_PORT lets two checkouts run their suites side by side.
export const WEB_PORT = Number(process.env.RECLASS_WEB_PORT ?? 4173);
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}/`;
