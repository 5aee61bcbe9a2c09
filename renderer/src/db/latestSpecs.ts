import { db as appDb } from './db';
import type { AppDb } from './schema';
import type { StoredSpec } from './types';

/** The latest version of every class in the library (whole documents: for ranking, not for listing). */
export async function latestSpecs(database: AppDb = appDb): Promise<StoredSpec[]> {
  return database.specs.where('isLatest').equals(1).toArray();
}
