import { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { checkLibraryAccess, readInstalledSchemaVersion } from '../../../renderer/src/db/libraryAccess';
import { AppDb } from '../../../renderer/src/db/schema';
import { uniqueDbName } from './importedSpec';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const NEWER = 99;

/** A library as a future app version would leave it: a higher schema, an extra table, changed indexes. */
async function writeNewerLibrary(name: string): Promise<void> {
  const future = new Dexie(name);
  future.version(NEWER).stores({
    specs: 'id, classKey, isLatest',
    summaries: 'id, classKey, isLatest',
    comparisons: '++id, [leftId+rightId], updatedAt, name',
    annotations: '++id, specId, classKey',
    studies: '++id, updatedAt',
    meta: 'key',
    futureThings: '++id',
  });
  await future.table('meta').put({ key: 'appVersion', value: '9.1.0' });
  await future
    .table('comparisons')
    .bulkAdd(
      [1, 2, 3].map((n) => ({ name: `c${n}`, leftId: 'a', rightId: 'b', notes: [], overrides: [], updatedAt: n })),
    );
  await future.table('futureThings').add({ anything: true });
  future.close();
}

async function dumpRaw(name: string): Promise<unknown> {
  const raw = new Dexie(name);
  await raw.open();
  const dump = {
    version: raw.verno,
    tables: Object.fromEntries(
      await Promise.all(raw.tables.map(async (table) => [table.name, await table.toArray()] as const)),
    ),
  };
  raw.close();
  return dump;
}

it('opens a library written by a newer schema read-only, names both versions, and writes nothing', async () => {
  const name = uniqueDbName('newer');
  names.push(name);
  await writeNewerLibrary(name);
  const before = await dumpRaw(name);

  const database = new AppDb(name);
  const access = await checkLibraryAccess(database, '0.1.0');
  expect(access.kind).toBe('read-only');
  if (access.kind !== 'read-only') return;
  expect(access.message).toContain('Reclass 9.1.0, library schema 99');
  expect(access.message).toContain(`this is Reclass 0.1.0, which knows library schema ${database.verno}`);
  expect(await database.comparisons.count()).toBe(3);
  await expect(
    database.comparisons.add({
      name: 'x',
      leftId: 'a',
      rightId: 'b',
      threshold: 0.7,
      algoVersion: 1,
      overrides: [],
      notes: [],
      createdAt: 0,
      updatedAt: 0,
    }),
  ).rejects.toThrow(/newer version of Reclass/);
  await expect(database.meta.put({ key: 'appVersion', value: '0.1.0' })).rejects.toThrow(/read-only/);
  await expect(database.comparisons.clear()).rejects.toThrow(/read-only/);
  database.close();

  expect(await dumpRaw(name)).toEqual(before);
  expect(await readInstalledSchemaVersion(indexedDB, name)).toBe(NEWER);
});

it('opens its own or an older library read-write and records the app version', async () => {
  const name = uniqueDbName('own');
  names.push(name);
  const database = new AppDb(name);
  expect(await checkLibraryAccess(database, '0.1.0')).toEqual({ kind: 'read-write' });
  expect((await database.meta.get('appVersion'))?.value).toBe('0.1.0');
  database.close();
});

it('probing a library that does not exist creates nothing', async () => {
  const name = uniqueDbName('missing');
  expect(await readInstalledSchemaVersion(indexedDB, name)).toBeNull();
  expect((await indexedDB.databases()).map((entry) => entry.name)).not.toContain(name);
});

it('backs up a library at its older schema before upgrading it', async () => {
  const name = uniqueDbName('older');
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores({
    specs: 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code',
    comparisons: '++id, [leftId+rightId], updatedAt',
    annotations: '++id, specId, classKey',
    studies: '++id, updatedAt',
    meta: 'key',
  });
  await v1.table('comparisons').bulkAdd([{ name: 'old work', leftId: 'a', rightId: 'b', updatedAt: 1 }]);
  v1.close();

  const database = new AppDb(name);
  const backups: { schemaVersion: number; tables: Readonly<Record<string, number>> }[] = [];
  await checkLibraryAccess(database, '0.1.0', (backup) => {
    backups.push(backup.header);
    return Promise.resolve();
  });
  expect(backups).toEqual([
    expect.objectContaining({
      schemaVersion: 1,
      tables: { annotations: 0, comparisons: 1, meta: 0, specs: 0, studies: 0 },
    }),
  ]);
  expect(database.verno).toBeGreaterThan(1);
  expect(await database.comparisons.count()).toBe(1);
  database.close();
});
