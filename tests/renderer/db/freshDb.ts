import { afterEach } from 'vitest';
import { AppDb } from '../../../renderer/src/db/schema';
import { uniqueDbName } from './importedSpec';

/** Makes empty databases for one test file; each is deleted after the test that made it. Call at module level. */
export function freshDbFactory(label: string): () => AppDb {
  const databases: AppDb[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.delete();
  });
  return () => {
    const database = new AppDb(uniqueDbName(label));
    databases.push(database);
    return database;
  };
}
