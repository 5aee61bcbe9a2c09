import { Dexie } from 'dexie';
import { expect, it } from 'vitest';
import { countDependents, describeDependents } from '../../../renderer/src/db/dependents';
import { AppDb } from '../../../renderer/src/db/schema';
import {
  dependentsOfTrash,
  emptyTrash,
  restoreFromTrash,
  trashClass,
  trashVersion,
} from '../../../renderer/src/db/trash';
import { dumpTables, fillLibrary } from './backup/libraryFixture';
import { freshDbFactory } from './freshDb';
import { uniqueDbName } from './importedSpec';

const freshDb = freshDbFactory('trash');

async function clerkKey(database: AppDb): Promise<string> {
  return (await database.summaries.get('clerk-2'))?.classKey ?? '';
}

it('says what depends on a class: comparisons with their notes, annotations, studies', async () => {
  const database = freshDb();
  await fillLibrary(database);
  const dependents = await countDependents(['clerk-1', 'clerk-2'], database);
  expect(dependents).toEqual({ comparisons: 1, notes: 1, annotations: 1, studies: 1 });
  expect(describeDependents(dependents)).toBe('1 saved comparison (1 note), 1 annotation, 1 study');
  expect(describeDependents(await countDependents(['clerk-1'], database))).toBeNull();
});

it('delete → trash → restore brings the class back and every comparison, note, annotation and study still refers to it', async () => {
  const database = freshDb();
  await fillLibrary(database);
  const before = await dumpTables(database);
  const trashId = await trashClass(await clerkKey(database), 100, database);
  expect(await database.specs.count()).toBe(1);
  expect(await database.summaries.where('isLatest').equals(1).count()).toBe(1);
  expect((await database.comparisons.toArray()).map((row) => row.notes.length)).toEqual([1]);

  expect(await restoreFromTrash(trashId ?? -1, database)).toBe(true);
  const after = await dumpTables(database);
  expect({ ...after, trash: [] }).toEqual({ ...before, trash: [] });
  expect(after['trash']).toEqual([]);
});

it('trashing the latest version makes the previous one latest, and restoring it makes it latest again', async () => {
  const database = freshDb();
  await fillLibrary(database);
  const trashId = await trashVersion('clerk-2', 5, database);
  expect((await database.summaries.get('clerk-1'))?.isLatest).toBe(1);
  await restoreFromTrash(trashId ?? -1, database);
  expect((await database.summaries.get('clerk-2'))?.isLatest).toBe(1);
  expect((await database.summaries.get('clerk-1'))?.isLatest).toBe(0);
});

it('emptying the Trash says what goes, deletes comparisons and annotations of the trashed class, keeps studies and everything else', async () => {
  const database = freshDb();
  await fillLibrary(database);
  await trashClass(await clerkKey(database), 100, database);
  expect(await dependentsOfTrash(database)).toEqual({ comparisons: 1, notes: 1, annotations: 1, studies: 1 });
  await emptyTrash(database);
  expect(await database.trash.count()).toBe(0);
  expect(await database.comparisons.count()).toBe(0);
  expect(await database.annotations.count()).toBe(0);
  expect(await database.studies.count()).toBe(1);
  expect((await database.specs.toCollection().primaryKeys()).map(String)).toEqual(['chief']);
});

it('upgrades a v2 library to v5: an empty Trash, every other row untouched', async () => {
  const source = freshDb();
  await fillLibrary(source);
  const rows = await dumpTables(source);
  const name = uniqueDbName('v2');
  const v2 = new Dexie(name);
  v2.version(1).stores({
    specs: 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code',
    comparisons: '++id, [leftId+rightId], updatedAt',
    annotations: '++id, specId, classKey',
    studies: '++id, updatedAt',
    meta: 'key',
  });
  v2.version(2).stores({ summaries: 'id, classKey, isLatest' });
  for (const table of v2.tables) await table.bulkAdd(rows[table.name] ?? []);
  v2.close();

  const upgraded = new AppDb(name);
  await upgraded.open();
  expect(upgraded.verno).toBeGreaterThanOrEqual(5);
  const after = await dumpTables(upgraded);
  expect(after['trash']).toEqual([]);
  for (const table of v2.tables) expect(after[table.name]).toEqual(rows[table.name]);
  await upgraded.delete();
});
