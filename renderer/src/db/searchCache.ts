import { Dexie, type EntityTable } from 'dexie';
import type { SpecIndexSnapshot } from '../../../shared/search';
import { db } from './db';
import type { AppDb } from './schema';

type SnapshotRow = Readonly<{ key: string; snapshot: SpecIndexSnapshot; savedAt: number }>;

const LIBRARY_KEY = 'library';

/**
 * The saved search index lives in a database of its own, next to the library's: it is a cache that
 * can always be rebuilt from the library, so library backups (which copy every library table) do
 * not carry tens of megabytes of it, and the library's schema version is not tied to its layout.
 */
class SearchCacheDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'key'>;

  constructor(name: string) {
    // Saves are rare and large: have each one on disk when it commits, not whenever the browser flushes.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ snapshots: 'key' });
  }
}

const caches = new Map<string, SearchCacheDb>();

function cacheOf(database: AppDb): SearchCacheDb {
  const name = `${database.name}-search`;
  let cache = caches.get(name);
  if (!cache) {
    cache = new SearchCacheDb(name);
    caches.set(name, cache);
  }
  return cache;
}

/** The search index saved for this library; null when none was saved or it cannot be read (it is then rebuilt). */
export async function loadSearchSnapshot(database: AppDb = db): Promise<SpecIndexSnapshot | null> {
  try {
    return (await cacheOf(database).snapshots.get(LIBRARY_KEY))?.snapshot ?? null;
  } catch {
    return null;
  }
}

export async function saveSearchSnapshot(
  snapshot: SpecIndexSnapshot,
  now: number,
  database: AppDb = db,
): Promise<void> {
  await cacheOf(database).snapshots.put({ key: LIBRARY_KEY, snapshot, savedAt: now });
}

/** Drops the saved index; the next start builds it again from the library. */
export async function deleteSearchCache(database: AppDb = db): Promise<void> {
  const cache = cacheOf(database);
  caches.delete(cache.name);
  await cache.delete();
}
