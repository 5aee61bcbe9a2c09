import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptDroppedPaths, statPath } from '../../../../electron/main/files';

describe('acceptDroppedPaths (real files)', () => {
  let base = '';
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'reclass-drop-'));
    await writeFile(join(base, 'clerk.txt'), 'CLERK');
    await mkdir(join(base, 'series'));
    await symlink(join(base, 'nowhere'), join(base, 'dangling'));
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('accepts existing files and folders, once each', async () => {
    const file = join(base, 'clerk.txt');
    const folder = join(base, 'series');
    expect(await acceptDroppedPaths([file, folder, file], statPath)).toEqual({ ok: true, paths: [file, folder] });
  });

  it.each([
    ['relative path', () => 'clerk.txt'],
    ['parent-relative path', () => '../etc/passwd'],
    ['un-normalized absolute path', () => `${base}/series/../clerk.txt`],
    ['path that does not exist', () => join(base, 'invented.pdf')],
    ['dangling link', () => join(base, 'dangling')],
    ['device that is not a file or folder', () => '/dev/null'],
    ['kernel file that stats as a regular file', () => '/proc/self/environ'],
    ['kernel folder', () => '/proc/self'],
  ])('rejects a %s (and so the whole drop)', async (_case, pathOf) => {
    const result = await acceptDroppedPaths([join(base, 'clerk.txt'), pathOf()], statPath);
    expect(result.ok).toBe(false);
  });
});
