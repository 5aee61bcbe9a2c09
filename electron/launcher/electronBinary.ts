import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinaryStatus =
  Readonly<{ usable: true; executablePath: string }> | Readonly<{ usable: false; reason: string }>;

export type FileProbe = Readonly<{
  readText: (path: string) => string | null;
  isFile: (path: string) => boolean;
}>;

export const diskProbe: FileProbe = {
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
  isFile: (path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
};

/**
 * Electron's npm package finds its binary through path.txt (written by its download step) under
 * dist/, or under ELECTRON_OVERRIDE_DIST_PATH. Checked without require('electron'), which would try to download.
 */
export function detectElectronBinary(
  electronPackageDir: string,
  overrideDistPath: string | undefined,
  probe: FileProbe,
): ElectronBinaryStatus {
  const relativeExecutable = probe.readText(join(electronPackageDir, 'path.txt'))?.trim();
  if (overrideDistPath) {
    const executablePath = join(overrideDistPath, relativeExecutable || 'electron');
    return probe.isFile(executablePath)
      ? { usable: true, executablePath }
      : { usable: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${executablePath}` };
  }
  if (!relativeExecutable)
    return { usable: false, reason: 'node_modules/electron/path.txt is missing: the binary was never downloaded' };
  const executablePath = join(electronPackageDir, 'dist', relativeExecutable);
  return probe.isFile(executablePath)
    ? { usable: true, executablePath }
    : { usable: false, reason: `the Electron binary is missing at ${executablePath}` };
}

/** The status for this checkout: `<projectRoot>/node_modules/electron`. */
export function detectProjectElectron(projectRoot: string): ElectronBinaryStatus {
  return detectElectronBinary(
    join(projectRoot, 'node_modules', 'electron'),
    process.env['ELECTRON_OVERRIDE_DIST_PATH'],
    diskProbe,
  );
}
