import { db } from './db';
import { countDependents } from './dependents';
import type { AppDb } from './schema';
import type { Dependents, TrashRow } from './trashTypes';

/** Makes the highest remaining version of a class its latest (after a version left or came back). */
async function settleLatest(classKey: string, database: AppDb): Promise<void> {
  const versions = await database.summaries.where('classKey').equals(classKey).sortBy('version');
  const newest = versions.at(-1)?.id;
  for (const summary of versions) {
    const isLatest = summary.id === newest ? 1 : 0;
    if (summary.isLatest === isLatest) continue;
    await database.summaries.update(summary.id, { isLatest });
  }
}

async function moveToTrash(
  kind: TrashRow['kind'],
  ids: readonly string[],
  now: number,
  database: AppDb,
): Promise<number | null> {
  return database.transaction('rw', [database.specs, database.summaries, database.trash], async () => {
    const specs = (await database.specs.bulkGet([...ids])).filter((row) => row !== undefined);
    const summaries = (await database.summaries.bulkGet([...ids])).filter((row) => row !== undefined);
    const first = summaries[0];
    if (!first) return null;
    const id = await database.trash.add({
      kind,
      classKey: first.classKey,
      title: first.title,
      deletedAt: now,
      specs,
      summaries,
    });
    await database.specs.bulkDelete([...ids]);
    await database.summaries.bulkDelete([...ids]);
    await settleLatest(first.classKey, database);
    return id as number;
  });
}

/** Moves every version of a class to the Trash; its comparisons, notes, annotations and studies stay where they are. */
export async function trashClass(classKey: string, now: number, database: AppDb = db): Promise<number | null> {
  const ids = (await database.summaries.where('classKey').equals(classKey).primaryKeys()).map(String);
  return moveToTrash('class', ids, now, database);
}

/** Moves one version to the Trash; the newest remaining version becomes the latest. */
export function trashVersion(specId: string, now: number, database: AppDb = db): Promise<number | null> {
  return moveToTrash('version', [specId], now, database);
}

/** Puts a trashed class or version back (undo); a version imported again meanwhile is kept as it is. */
export async function restoreFromTrash(trashId: number, database: AppDb = db): Promise<boolean> {
  return database.transaction('rw', [database.specs, database.summaries, database.trash], async () => {
    const row = await database.trash.get(trashId);
    if (!row) return false;
    const present = new Set(
      (await database.specs.bulkGet(row.specs.map((spec) => spec.id))).flatMap((spec) => (spec ? [spec.id] : [])),
    );
    await database.specs.bulkAdd(row.specs.filter((spec) => !present.has(spec.id)));
    await database.summaries.bulkAdd(row.summaries.filter((summary) => !present.has(summary.id)));
    await database.trash.delete(trashId);
    await settleLatest(row.classKey, database);
    return true;
  });
}

const trashedSpecIds = (rows: readonly TrashRow[]): string[] => rows.flatMap((row) => row.specs.map((spec) => spec.id));

/** What emptying the Trash would delete with it. */
export async function dependentsOfTrash(database: AppDb = db): Promise<Dependents> {
  return countDependents(trashedSpecIds(await database.trash.toArray()), database);
}

/**
 * Deletes the Trash for good, with the saved comparisons (and their notes) and annotations of the
 * trashed specs; studies are the analyst's own documents and stay, listing those classes as missing.
 */
export async function emptyTrash(database: AppDb = db): Promise<void> {
  await database.transaction(
    'rw',
    [database.trash, database.comparisons, database.annotations, database.specs],
    async () => {
      const ids = new Set(trashedSpecIds(await database.trash.toArray()));
      // A spec imported again after it was trashed is live: its comparisons stay.
      for (const live of await database.specs.bulkGet([...ids])) if (live) ids.delete(live.id);
      await database.comparisons.filter((row) => ids.has(row.leftId) || ids.has(row.rightId)).delete();
      if (ids.size)
        await database.annotations
          .where('specId')
          .anyOf([...ids])
          .delete();
      await database.trash.clear();
    },
  );
}
