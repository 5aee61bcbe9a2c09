import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBackup, type BackupHeader } from '../../../../../shared/backup';
import {
  automaticBackupName,
  createAutomaticBackupStore,
  writeFileAtomically,
} from '../../../../../electron/main/backups/automaticBackupStore';

const HOUR = 3_600_000;
const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'reclass-backups-'));
  folders.push(folder);
  return folder;
}

describe('automatic backup store', () => {
  it('writes each backup whole under its own name and reads it back', async () => {
    const folder = join(await tempFolder(), 'backups');
    const store = createAutomaticBackupStore(folder, () => new Date(Date.UTC(2026, 11, 2, 10)));
    const info = await store.write('daily', new TextEncoder().encode('backup bytes'));
    expect(info).toEqual({
      fileName: 'reclass-auto-backup-2026-12-02T10-00-00-000Z-daily.reclass-backup',
      createdAt: Date.UTC(2026, 11, 2, 10),
      size: 12,
      reason: 'daily',
      tables: null,
    });
    expect(new TextDecoder().decode(await store.read(info.fileName))).toBe('backup bytes');
    expect(await readdir(folder)).toEqual([info.fileName]);
    await expect(store.read('../../etc/passwd')).rejects.toThrow('Not an automatic backup');
  });

  it('keeps the newest 3 plus one per day for a week, deleting the rest after each write', async () => {
    const folder = await tempFolder();
    const start = Date.UTC(2026, 11, 1, 0);
    let now = start;
    const store = createAutomaticBackupStore(folder, () => new Date(now));
    // Four backups a day (every 6 hours) for ten days.
    for (let step = 0; step < 40; step += 1) {
      now = start + step * 6 * HOUR;
      await store.write(step % 4 === 3 ? 'quit' : 'daily', new Uint8Array([step]));
    }
    const kept = await store.list();
    expect(kept.length).toBe(3 + 6);
    expect(kept[0]?.createdAt).toBe(now);
    const days = new Set(kept.map((entry) => Math.floor(entry.createdAt / (24 * HOUR))));
    expect(days.size).toBe(7);
    expect(Math.min(...kept.map((entry) => entry.createdAt))).toBeGreaterThan(now - 7 * 24 * HOUR);
  });

  it('lists each backup with its date, reason, size and the row counts of its header (null for a damaged header)', async () => {
    const folder = await tempFolder();
    let now = Date.UTC(2026, 11, 1, 8);
    const store = createAutomaticBackupStore(folder, () => new Date(now));
    const body = new TextEncoder().encode('{"formatName":"dexie"}');
    const header: BackupHeader = {
      format: 'reclass-backup',
      formatVersion: 1,
      schemaVersion: 7,
      appVersion: '0.1.0',
      createdAt: new Date(now).toISOString(),
      tables: { comparisons: 4, specs: 12 },
      bytes: body.length,
      sha256: 'a'.repeat(64),
    };
    const whole = encodeBackup(header, body);
    const written = await store.write('before-upgrade', whole);
    expect(written.tables).toEqual({ comparisons: 4, specs: 12 });
    now += HOUR;
    const damaged = await store.write(
      'quit',
      whole.map((byte, index) => (index === 2 ? 0x7b : byte)),
    );
    expect(await store.list()).toEqual([
      { fileName: damaged.fileName, createdAt: now, size: whole.length, reason: 'quit', tables: null },
      {
        fileName: written.fileName,
        createdAt: now - HOUR,
        size: whole.length,
        reason: 'before-upgrade',
        tables: { comparisons: 4, specs: 12 },
      },
    ]);
  });

  it('lists only its own files and ignores a half-written temp file', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'notes.txt'), 'x');
    await writeFile(join(folder, `${automaticBackupName(new Date(0), 'quit')}.123.tmp`), 'partial');
    expect(await createAutomaticBackupStore(folder).list()).toEqual([]);
  });
});

describe('writeFileAtomically', () => {
  it('replaces the file whole and leaves no temp file', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'library.reclass-backup');
    await writeFile(target, 'old');
    await writeFileAtomically(target, new TextEncoder().encode('new contents'));
    expect(await readFile(target, 'utf8')).toBe('new contents');
    expect(await readdir(folder)).toEqual(['library.reclass-backup']);
  });

  it('a failed write leaves the previous file untouched', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'missing-subfolder', 'x.reclass-backup');
    await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});

vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'userData' ? '/home/analyst/.config/Reclass' : '/nowhere') },
}));

describe('automaticBackupFolder (electron mocked)', () => {
  it('is backups/ inside the user-data folder', async () => {
    const { automaticBackupFolder } = await import('../../../../../electron/main/backups/backupFolder');
    expect(automaticBackupFolder()).toBe(join('/home/analyst/.config/Reclass', 'backups'));
  });
});
