import { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { identifyClass } from '../../../shared/library/classIdentity';
import { AppDb } from '../../../renderer/src/db/schema';
import type { StoredSpec } from '../../../renderer/src/db/types';
import { importedSpec, uniqueDbName } from './importedSpec';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

function storedRow(hash: string, version: number, isLatest: 0 | 1): StoredSpec {
  const imported = importedSpec({ hash, title: 'Meter Reader', code: '4410', duties: ['Reads water meters on a route.'] });
  return {
    ...identifyClass(imported.spec, imported.fileName),
    id: hash,
    version,
    isLatest,
    sourceName: imported.fileName,
    format: 'txt',
    size: imported.size,
    importedAt: version,
    warningCount: 0,
    spec: imported.spec,
  };
}

it('upgrades a v1 database: every stored spec gets its library summary, specs are untouched', async () => {
  const name = uniqueDbName('upgrade');
  const v1 = new Dexie(name);
  v1.version(1).stores({
    specs: 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code',
    comparisons: '++id, [leftId+rightId], updatedAt',
    annotations: '++id, specId, classKey',
    studies: '++id, updatedAt',
    meta: 'key',
  });
  await v1.table('specs').bulkAdd([storedRow('old', 1, 0), storedRow('new', 2, 1)]);
  v1.close();

  const database = new AppDb(name);
  opened.push(database);
  const summaries = await database.summaries.orderBy('id').toArray();
  expect(summaries.map((row) => [row.id, row.version, row.isLatest, row.title, row.code])).toEqual([
    ['new', 2, 1, 'Meter Reader', '4410'],
    ['old', 1, 0, 'Meter Reader', '4410'],
  ]);
  expect(await database.summaries.where('isLatest').equals(1).primaryKeys()).toEqual(['new']);
  expect((await database.specs.get('old'))?.spec.duties[0]?.text).toBe('Reads water meters on a route.');
});

it('creates an empty current-version database from scratch', async () => {
  const database = new AppDb(uniqueDbName('fresh'));
  opened.push(database);
  await database.open();
  expect(database.verno).toBe(7);
  expect(database.tables.map((table) => table.name).sort()).toEqual(['annotations', 'comparisons', 'corrections', 'meta', 'specs', 'studies', 'summaries']);
});
