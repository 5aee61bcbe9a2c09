import { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { identifyClass } from '../../../shared/library/classIdentity';
import { AppDb } from '../../../renderer/src/db/schema';
import { importedSpec, uniqueDbName } from './importedSpec';
import { openV2Database, type LegacySpecRow } from './legacyDb';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

function storedRow(hash: string, version: number, isLatest: 0 | 1): LegacySpecRow {
  const imported = importedSpec({
    hash,
    title: 'Meter Reader',
    code: '4410',
    duties: ['Reads water meters on a route.'],
  });
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
  expect(database.tables.map((table) => table.name).sort()).toEqual([
    'annotations',
    'comparisons',
    'corrections',
    'meta',
    'specs',
    'studies',
    'summaries',
    'trash',
  ]);
});

it('upgrades a v2 database to v3: specs keep only the parserVersion index (0: read before versioning), isLatest lives in summaries alone', async () => {
  const name = uniqueDbName('upgrade-v3');
  const v2 = openV2Database(name);
  await v2.table('specs').bulkAdd([storedRow('old', 1, 0), storedRow('new', 2, 1)]);
  await v2.table('summaries').bulkAdd(
    [
      { ...storedRow('old', 1, 0), grade: '18', family: [], warnings: [] },
      { ...storedRow('new', 2, 1), grade: '18', family: [], warnings: [] },
    ].map(({ spec: _spec, format: _format, size: _size, warningCount: _warnings, ...summary }) => summary),
  );
  const comparison = {
    name: 'Old vs new',
    leftId: 'old',
    rightId: 'new',
    threshold: 0.75,
    algoVersion: 1,
    overrides: [{ kind: 'link', a: 0, b: 0 }],
    notes: [{ rowKey: 'duty:0', text: 'Check.' }],
    createdAt: 1,
    updatedAt: 2,
  };
  await v2.table('comparisons').add(comparison);
  v2.close();

  const database = new AppDb(name);
  opened.push(database);
  await database.open();
  expect(database.verno).toBeGreaterThanOrEqual(3);
  expect(database.specs.schema.indexes.map((index) => index.name)).toEqual(['classKey', 'parserVersion']);
  const specs = await database.specs.orderBy('id').toArray();
  expect(specs.map((row) => [row.id, row.parserVersion, 'isLatest' in row])).toEqual([
    ['new', 0, false],
    ['old', 0, false],
  ]);
  expect(await database.summaries.where('isLatest').equals(1).primaryKeys()).toEqual(['new']);
  expect(await database.comparisons.toArray()).toEqual([{ ...comparison, id: 1 }]);
});
