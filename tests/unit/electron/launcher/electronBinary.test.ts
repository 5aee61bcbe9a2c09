import { describe, expect, it } from 'vitest';
import { detectElectronBinary, type FileProbe } from '../../../../electron/launcher/electronBinary';

const PACKAGE_DIR = '/repo/node_modules/electron';

function probe(files: Readonly<Record<string, string>>): FileProbe {
  return { readText: (path) => files[path] ?? null, isFile: (path) => path in files };
}

describe('detectElectronBinary', () => {
  it('is usable when path.txt names a binary that exists', () => {
    const status = detectElectronBinary(
      PACKAGE_DIR,
      undefined,
      probe({ [`${PACKAGE_DIR}/path.txt`]: 'electron', [`${PACKAGE_DIR}/dist/electron`]: '' }),
    );
    expect(status).toEqual({ usable: true, executablePath: `${PACKAGE_DIR}/dist/electron` });
  });

  it('reads the macOS bundle path from path.txt', () => {
    const binary = 'Electron.app/Contents/MacOS/Electron';
    const status = detectElectronBinary(
      PACKAGE_DIR,
      undefined,
      probe({ [`${PACKAGE_DIR}/path.txt`]: `${binary}\n`, [`${PACKAGE_DIR}/dist/${binary}`]: '' }),
    );
    expect(status).toEqual({ usable: true, executablePath: `${PACKAGE_DIR}/dist/${binary}` });
  });

  it('is not usable when the download never happened (no path.txt), as on this machine', () => {
    const status = detectElectronBinary(PACKAGE_DIR, undefined, probe({}));
    expect(status.usable).toBe(false);
    if (!status.usable) expect(status.reason).toContain('path.txt');
  });

  it('is not usable when path.txt exists but the binary was removed', () => {
    const status = detectElectronBinary(PACKAGE_DIR, undefined, probe({ [`${PACKAGE_DIR}/path.txt`]: 'electron' }));
    expect(status.usable).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    expect(detectElectronBinary(PACKAGE_DIR, '/opt/electron', probe({ '/opt/electron/electron': '' }))).toEqual({
      usable: true,
      executablePath: '/opt/electron/electron',
    });
    expect(detectElectronBinary(PACKAGE_DIR, '/opt/electron', probe({})).usable).toBe(false);
  });
});
