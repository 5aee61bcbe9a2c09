import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARSER_VERSION } from '../../../shared/spec';
import type { AppDb } from '../../../renderer/src/db/schema';
import { STORAGE_FULL_MESSAGE } from '../../../renderer/src/db/storageError';
import { storeImportedSpec } from '../../../renderer/src/db/storeImportedSpec';
import { freshDbFactory } from './freshDb';
import { importedSpec } from './importedSpec';

const freshDb = freshDbFactory('store');
afterEach(() => {
  vi.restoreAllMocks();
});

async function latestIds(database: AppDb): Promise<string[]> {
  return (await database.summaries.where('isLatest').equals(1).primaryKeys()).map(String).sort();
}

describe('storeImportedSpec', () => {
  it('stores a new class as version 1, latest, with its summary', async () => {
    const database = freshDb();
    const outcome = await storeImportedSpec(
      importedSpec({ hash: 'a1', title: 'Meter Reader', code: '4410', grade: 'GS-7' }),
      100,
      database,
    );
    expect(outcome).toEqual({ kind: 'added', id: 'a1', version: 1 });
    const row = await database.specs.get('a1');
    expect(row).toMatchObject({
      version: 1,
      parserVersion: PARSER_VERSION,
      title: 'Meter Reader',
      code: '4410',
      gradeNumber: 7,
      importedAt: 100,
    });
    expect(await database.summaries.get('a1')).toMatchObject({ title: 'Meter Reader', grade: 'GS-7', isLatest: 1 });
  });

  it('treats the same bytes imported again as unchanged, not as a duplicate or a new version', async () => {
    const database = freshDb();
    await storeImportedSpec(importedSpec({ hash: 'a1', title: 'Meter Reader', code: '4410' }), 1, database);
    const again = await storeImportedSpec(
      importedSpec({ hash: 'a1', title: 'Meter Reader', code: '4410' }),
      2,
      database,
    );
    expect(again).toEqual({ kind: 'unchanged', id: 'a1' });
    expect(await database.specs.count()).toBe(1);
    expect((await database.specs.get('a1'))?.importedAt).toBe(1);
  });

  it.each([
    ['same code, retitled', { title: 'Meter Reader', code: '4410' }, { title: 'Utility Meter Reader', code: '4410' }],
    [
      'same code, code printed with other spacing/case',
      { title: 'Clerk', code: 'ab 12' },
      { title: 'Clerk', code: 'AB  12' },
    ],
    ['no code, same title', { title: 'Meter Reader', code: null }, { title: 'meter  reader', code: null }],
  ])('a changed file of the same class becomes the next version (%s)', async (_case, first, second) => {
    const database = freshDb();
    await storeImportedSpec(importedSpec({ hash: 'v1', ...first }), 1, database);
    const outcome = await storeImportedSpec(
      importedSpec({ hash: 'v2', ...second, duties: ['Reads meters.', 'Keeps logs.'] }),
      2,
      database,
    );
    expect(outcome).toEqual({ kind: 'added', id: 'v2', version: 2 });
    expect(await latestIds(database)).toEqual(['v2']);
    expect((await database.summaries.get('v1'))?.isLatest).toBe(0);
    expect(await database.specs.count()).toBe(2);
  });

  it.each([
    [
      'different employers, same code',
      { code: '4410', jurisdiction: 'City of Springfield' },
      { code: '4410', jurisdiction: 'Shelby County' },
    ],
    ['same employer, different codes', { code: '4410' }, { code: '4411' }],
    [
      'no code or title: each file is its own class',
      { title: undefined, code: null, fileName: 'a.txt' },
      { title: undefined, code: null, fileName: 'b.txt' },
    ],
  ])('different classes stay separate (%s)', async (_case, first, second) => {
    const database = freshDb();
    await storeImportedSpec(importedSpec({ hash: 'x', title: 'Meter Reader', ...first }), 1, database);
    await storeImportedSpec(importedSpec({ hash: 'y', title: 'Meter Reader', ...second }), 2, database);
    expect(await latestIds(database)).toEqual(['x', 'y']);
    expect((await database.specs.get('y'))?.version).toBe(1);
  });

  it('numbers a third version after the highest existing one', async () => {
    const database = freshDb();
    for (const [index, hash] of ['h1', 'h2', 'h3'].entries()) {
      await storeImportedSpec(importedSpec({ hash, title: 'Clerk', code: '100' }), index, database);
    }
    const versions = await database.summaries
      .where('classKey')
      .equals((await database.specs.get('h1'))?.classKey ?? '')
      .sortBy('version');
    expect(versions.map((row) => [row.id, row.version, row.isLatest])).toEqual([
      ['h1', 1, 0],
      ['h2', 2, 0],
      ['h3', 3, 1],
    ]);
  });

  it('reports a full disk in plain words and leaves everything already stored untouched', async () => {
    const database = freshDb();
    await storeImportedSpec(importedSpec({ hash: 'v1', title: 'Clerk', code: '100' }), 1, database);
    vi.spyOn(database.summaries, 'add').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const outcome = await storeImportedSpec(importedSpec({ hash: 'v2', title: 'Clerk', code: '100' }), 2, database);
    expect(outcome).toEqual({ kind: 'failed', message: STORAGE_FULL_MESSAGE });
    expect((await database.specs.toCollection().primaryKeys()).map(String)).toEqual(['v1']);
    expect(await latestIds(database)).toEqual(['v1']);
    expect((await database.summaries.get('v1'))?.isLatest).toBe(1);
  });
});
