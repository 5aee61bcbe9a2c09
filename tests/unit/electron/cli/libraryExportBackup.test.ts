import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeGlobalOptions } from '../../../../electron/cli/libraryCorrections';
import { encodeBackup, sha256Hex } from '../../../../shared/backup';
import { capture } from '../../../fixtures/compare/cliCapture';

const EXPORT = {
  formatName: 'dexie',
  formatVersion: 1,
  data: {
    databaseName: 'reclass',
    databaseVersion: 6,
    tables: [],
    data: [{ tableName: 'corrections', inbound: true, rows: [] }],
  },
};

async function backupFile(damage: (file: Uint8Array) => Uint8Array = (file) => file): Promise<string> {
  const body = new TextEncoder().encode(JSON.stringify(EXPORT));
  const file = encodeBackup(
    {
      format: 'reclass-backup',
      formatVersion: 1,
      schemaVersion: 6,
      appVersion: '0.1.0',
      createdAt: '2026-12-02T00:00:00Z',
      tables: { corrections: 0 },
      bytes: body.length,
      sha256: await sha256Hex(body),
    },
    body,
  );
  const path = join(await mkdtemp(join(tmpdir(), 'reclass-backup-cli-')), 'library.reclass-backup');
  await writeFile(path, damage(file));
  return path;
}

describe('--library-export with the app’s backup file', () => {
  it('reads the export inside a backup file', async () => {
    const prepared = await takeGlobalOptions(['--library-export', await backupFile(), 'spec.txt'], capture().io);
    expect(typeof prepared).not.toBe('string');
    if (typeof prepared !== 'string') expect(prepared.args).toEqual(['spec.txt']);
  });

  it('refuses a damaged backup file with the reason', async () => {
    const path = await backupFile((file) => file.subarray(0, file.length - 5));
    expect(await takeGlobalOptions(['--library-export', path], capture().io)).toMatch(/cut off/);
  });
});
