import { db } from './db';
import type { AppDb } from './schema';

/** Deletes one version; when it was the latest, the highest remaining version becomes the latest. */
export async function deleteSpec(id: string, database: AppDb = db): Promise<void> {
  await database.transaction('rw', database.specs, database.summaries, async () => {
    const summary = await database.summaries.get(id);
    if (!summary) return;
    await database.specs.delete(id);
    await database.summaries.delete(id);
    if (summary.isLatest !== 1) return;
    const remaining = await database.summaries.where('classKey').equals(summary.classKey).sortBy('version');
    const newest = remaining.at(-1);
    if (!newest) return;
    await database.summaries.update(newest.id, { isLatest: 1 });
  });
}

/** Deletes every version of a class. */
export async function deleteClass(classKey: string, database: AppDb = db): Promise<void> {
  await database.transaction('rw', database.specs, database.summaries, async () => {
    const ids = (await database.summaries.where('classKey').equals(classKey).primaryKeys()).map(String);
    await database.specs.bulkDelete(ids);
    await database.summaries.bulkDelete(ids);
  });
}
