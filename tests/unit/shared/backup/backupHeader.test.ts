import { describe, expect, it } from 'vitest';
import {
  checkBackup,
  compareCounts,
  encodeBackup,
  isRejection,
  parseBackup,
  sha256Hex,
  type BackupHeader,
} from '../../../../shared/backup';

const body = new TextEncoder().encode(JSON.stringify({ formatName: 'dexie', data: { tables: [] } }));

async function backupFile(overrides: Partial<BackupHeader> = {}): Promise<Uint8Array> {
  const header: BackupHeader = {
    format: 'reclass-backup',
    formatVersion: 1,
    schemaVersion: 5,
    appVersion: '0.1.0',
    createdAt: '2026-12-02T00:00:00Z',
    tables: { specs: 2 },
    bytes: body.length,
    sha256: await sha256Hex(body),
    ...overrides,
  };
  return encodeBackup(header, body);
}

async function verdict(file: Uint8Array, supported = 5): Promise<string | null> {
  const parsed = parseBackup(file);
  if (isRejection(parsed)) return parsed.code;
  return checkBackup(parsed, await sha256Hex(parsed.body), supported)?.code ?? null;
}

describe('backup file checks', () => {
  it('accepts an intact backup of the same or an older schema', async () => {
    expect(await verdict(await backupFile())).toBeNull();
    expect(await verdict(await backupFile({ schemaVersion: 2 }))).toBeNull();
  });

  it.each([0.1, 0.5, 0.9])('refuses a file cut to %s of its length', async (fraction) => {
    const file = await backupFile();
    expect(await verdict(file.subarray(0, Math.floor(file.length * fraction)))).toMatch(/^(truncated|damaged_header)$/);
  });

  it('refuses a flipped bit anywhere in the body', async () => {
    const file = await backupFile();
    const headerLength = file.indexOf(0x0a) + 1;
    for (const at of [headerLength, headerLength + 7, file.length - 1]) {
      const flipped = file.slice();
      flipped[at] = (flipped[at] ?? 0) ^ 0x04;
      expect(await verdict(flipped)).toBe('checksum');
    }
  });

  it('tells another program’s JSON and a non-backup apart', async () => {
    expect(await verdict(new TextEncoder().encode('{"formatName":"dexie","data":{}}'))).toBe('foreign_json');
    expect(await verdict(new TextEncoder().encode('\u0000garbage'))).toBe('not_reclass');
  });

  it('refuses a newer schema naming both versions', async () => {
    const parsed = parseBackup(await backupFile({ schemaVersion: 9, appVersion: '2.0.0' }));
    if (isRejection(parsed)) throw new Error('expected a parsed backup');
    expect(checkBackup(parsed, await sha256Hex(parsed.body), 5)?.message).toBe(
      'This backup was made by Reclass 2.0.0 with library schema 9; this app knows schema 5. Install the newer version to restore it.',
    );
  });

  it('names the first table whose row count differs', () => {
    expect(compareCounts({ specs: 3, notes: 1 }, { specs: 3, notes: 1 }, 'staging holds')).toBeNull();
    expect(compareCounts({ specs: 3 }, { specs: 2 }, 'staging holds')?.message).toBe(
      'The backup lists 3 rows in “specs” but staging holds 2; nothing was restored.',
    );
  });
});
