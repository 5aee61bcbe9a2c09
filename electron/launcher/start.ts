import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { detectProjectElectron } from './electronBinary';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const isWindows = process.platform === 'win32';

function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolveExit, reject) => {
    const child = spawn(isWindows ? `${command}.cmd` : command, args, {
      cwd: projectRoot,
      stdio: 'inherit',
      shell: isWindows,
    });
    // Ctrl+C or a kill reaches the build/server too, and npm start exits with it.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal));
    child.once('error', reject);
    child.once('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const electron = detectProjectElectron(projectRoot);
  if (electron.usable) {
    // `preview` builds main, preload and renderer, then runs the built app in Electron.
    return run('npx', ['electron-vite', 'preview']);
  }
  console.log(
    "Electron's binary is not installed (its download needs github.com); run `npx install-electron` where that is reachable. " +
      'Serving the same app as a web build instead:',
  );
  return run('npm', ['run', 'web']);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('npm start failed:', error);
    process.exitCode = 1;
  },
);
