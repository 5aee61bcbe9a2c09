import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles, isReadablePath } from '../../../../../electron/main/import';

const posix = process.platform !== 'win32';

describe('isReadablePath', () => {
  it.each([
    ['/home/analyst/specs/clerk.txt', true],
    ['/proc/self/environ', false],
    ['/proc', false],
    ['/sys/kernel/notes', false],
    ['/dev/zero', false],
    ['/run/user/1000/bus', false],
    ['relative/clerk.txt', false],
    ['/home/analyst/../../etc/passwd', false],
    ['/home/analyst/specs/clerk.txt\0.pdf', false],
    ['/home/analyst/processes.txt', true],
    ['\\\\.\\PhysicalDrive0', false],
    ['/home/analyst/NUL.txt', false],
  ])('%s → %s', (path, expected) => {
    expect(isReadablePath(path)).toBe(expected);
  });
});

describe.runIf(posix)('findFiles refuses what is not an analyst file', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reclass-guard-'));
    await writeFile(join(root, 'clerk.txt'), 'x');
    await symlink('/proc/self/environ', join(root, 'environ.txt'));
    await symlink('/dev/zero', join(root, 'zero.txt'));
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('walks a folder without following links into /proc or /dev and without opening a FIFO', async () => {
    const found = await findFiles([root]);
    expect(found.map((file) => file.relativePath)).toEqual(['clerk.txt']);
  });

  it('refuses kernel, device and non-regular paths named directly, with the unreadable code', async () => {
    const found = await findFiles(['/proc/self/environ', '/dev/zero', join(root, 'pipe.txt'), 'clerk.txt']);
    expect(found.map((file) => file.problem?.code)).toEqual(['unreadable', 'unreadable', 'unreadable', 'unreadable']);
  });
});
