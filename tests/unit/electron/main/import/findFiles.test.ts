import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../../../../electron/main/import';

describe('findFiles', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reclass-find-'));
    const files = [
      'clerk.txt',
      'sub/analyst.pdf',
      'sub/deeper/manager.DOCX',
      'page.html',
      'notes.md',
      '.hidden.txt',
      '.git/config.txt',
      'sub/.DS_Store',
      'Thumbs.db',
      'desktop.ini',
      '~$clerk.docx',
      'tool.exe',
      'image.png',
    ];
    for (const file of files) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), 'x');
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('walks folders and skips hidden, system, Office temp and unsupported files', async () => {
    const found = await findFiles([root]);
    expect(found.map((file) => file.relativePath).sort()).toEqual([
      'clerk.txt',
      'notes.md',
      'page.html',
      'sub/analyst.pdf',
      'sub/deeper/manager.DOCX',
    ]);
    expect(found.every((file) => file.problem === undefined)).toBe(true);
  });

  it('keeps files named directly and flags the ones it cannot import', async () => {
    const found = await findFiles([join(root, 'clerk.txt'), join(root, 'tool.exe'), join(root, 'gone.pdf')]);
    expect(found.map((file) => [file.relativePath, file.problem?.code])).toEqual([
      ['clerk.txt', undefined],
      ['tool.exe', 'unsupported'],
      ['gone.pdf', 'missing'],
    ]);
  });
});
