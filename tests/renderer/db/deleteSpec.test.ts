import { expect, it } from 'vitest';
import { deleteClass, deleteSpec } from '../../../renderer/src/db/deleteSpec';
import type { AppDb } from '../../../renderer/src/db/schema';
import { storeImportedSpec } from '../../../renderer/src/db/storeImportedSpec';
import { freshDbFactory } from './freshDb';
import { importedSpec } from './importedSpec';

const freshDb = freshDbFactory('delete');

async function threeVersions(): Promise<AppDb> {
  const database = freshDb();
  for (const [index, hash] of ['h1', 'h2', 'h3'].entries()) {
    await storeImportedSpec(importedSpec({ hash, title: 'Clerk', code: '100' }), index, database);
  }
  await storeImportedSpec(importedSpec({ hash: 'other', title: 'Analyst', code: '200' }), 9, database);
  return database;
}

it('deleting the latest version makes the newest remaining one the latest', async () => {
  const database = await threeVersions();
  await deleteSpec('h3', database);
  expect(await database.specs.get('h3')).toBeUndefined();
  expect(await database.summaries.get('h3')).toBeUndefined();
  expect((await database.summaries.get('h2'))?.isLatest).toBe(1);
  expect((await database.summaries.get('h1'))?.isLatest).toBe(0);
});

it('deleting an older version leaves the latest alone', async () => {
  const database = await threeVersions();
  await deleteSpec('h1', database);
  expect((await database.summaries.get('h3'))?.isLatest).toBe(1);
  expect(await database.summaries.count()).toBe(3);
});

it('deleting a class removes every version of it and nothing else', async () => {
  const database = await threeVersions();
  const classKey = (await database.summaries.get('h1'))?.classKey ?? '';
  await deleteClass(classKey, database);
  expect((await database.specs.toCollection().primaryKeys()).map(String)).toEqual(['other']);
  expect((await database.summaries.toCollection().primaryKeys()).map(String)).toEqual(['other']);
});
