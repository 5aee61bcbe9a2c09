import { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { fieldCorrection } from '../../../../shared/corrections';
import { AppDb } from '../../../../renderer/src/db/schema';
import { importedSpec, uniqueDbName } from '../importedSpec';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

it('upgrades a v2 database to corrections: stored specs, summaries and comparisons stay, corrections start empty and can be written', async () => {
  const name = uniqueDbName('v4');
  const v2 = new Dexie(name);
  v2.version(1).stores({
    specs: 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code',
    comparisons: '++id, [leftId+rightId], updatedAt',
    annotations: '++id, specId, classKey',
    studies: '++id, updatedAt',
    meta: 'key',
  });
  v2.version(2).stores({ summaries: 'id, classKey, isLatest' });
  const imported = importedSpec({
    hash: 'h1',
    title: 'Meter Reader',
    code: '4410',
  });
  await v2.table('specs').add({
    id: 'h1',
    classKey: 'k',
    version: 1,
    isLatest: 1,
    title: 'Meter Reader',
    spec: imported.spec,
  });
  await v2.table('summaries').add({
    id: 'h1',
    classKey: 'k',
    version: 1,
    isLatest: 1,
    title: 'Meter Reader',
  });
  await v2.table('comparisons').add({ leftId: 'h1', rightId: 'h1', name: 'self' });
  v2.close();

  const database = new AppDb(name);
  opened.push(database);
  await database.open();
  expect(database.verno).toBeGreaterThanOrEqual(4);
  expect((await database.specs.get('h1'))?.spec.title).toBe('Meter Reader');
  expect(await database.summaries.count()).toBe(1);
  expect(await database.comparisons.count()).toBe(1);
  expect(await database.corrections.count()).toBe(0);
  const correction = fieldCorrection(
    { id: 'c1', createdAt: 1, origin: { specId: 'h1', version: 1 } },
    imported.spec,
    'title',
    'Meter Reader II',
  );
  await database.corrections.add({ ...correction, classKey: 'k' });
  expect(await database.corrections.where('classKey').equals('k').primaryKeys()).toEqual(['c1']);
  expect(await database.corrections.where('origin.specId').equals('h1').primaryKeys()).toEqual(['c1']);
});
