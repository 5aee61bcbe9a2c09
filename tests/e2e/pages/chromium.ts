import { execFileSync } from 'node:child_process';
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

/** A port nothing listens on now, asked of the OS (synchronously: the Playwright config cannot await). */
function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

// Chosen once by the Playwright runner and inherited through the environment by its workers, so
// every process agrees; a fixed port failed CI whenever another program held it. RECLASS_WEB_PORT
// still picks one by hand.
process.env.RECLASS_WEB_PORT ??= String(freePort());
export const WEB_PORT = Number(process.env.RECLASS_WEB_PORT);
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}/`;
