import { expect, it, vi } from 'vitest';
import { haveSeedsBeenImported, markSeedsImported, requestPersistentStorage } from '../../../renderer/src/db/meta';
import { freshDbFactory } from './freshDb';

const freshDb = freshDbFactory('meta');

it('remembers that the samples were imported once', async () => {
  const database = freshDb();
  expect(await haveSeedsBeenImported(database)).toBe(false);
  await markSeedsImported(database);
  expect(await haveSeedsBeenImported(database)).toBe(true);
});

it('asks the browser for persistent storage only once', async () => {
  const database = freshDb();
  const persist = vi.fn(() => Promise.resolve(true));
  const storage = { persist, persisted: () => Promise.resolve(true) } as unknown as StorageManager;
  expect(await requestPersistentStorage(storage, database)).toBe(true);
  expect(await requestPersistentStorage(storage, database)).toBe(true);
  expect(persist).toHaveBeenCalledTimes(1);
});

it('copes with a browser without the Storage API', async () => {
  expect(await requestPersistentStorage(undefined, freshDb())).toBe(false);
});
