import { studySpecIds } from '../../../shared/study';
import { db } from './db';
import type { AppDb } from './schema';
import type { Dependents } from './trashTypes';

/**
 * What in the library refers to these specs: saved comparisons (and the notes in them),
 * annotations, studies. The one place to extend when a new table refers to specs.
 */
export async function countDependents(specIds: readonly string[], database: AppDb = db): Promise<Dependents> {
  const ids = new Set(specIds);
  const comparisons = await database.comparisons.filter((row) => ids.has(row.leftId) || ids.has(row.rightId)).toArray();
  const annotations = specIds.length
    ? await database.annotations
        .where('specId')
        .anyOf([...ids])
        .count()
    : 0;
  const studies = await database.studies.filter((row) => studySpecIds(row).some((id) => ids.has(id))).count();
  return {
    comparisons: comparisons.length,
    notes: comparisons.reduce((sum, row) => sum + row.notes.length, 0),
    annotations,
    studies,
  };
}

/** "2 saved comparisons (5 notes), 1 annotation, 1 study", or null when nothing refers to the specs. */
export function describeDependents(dependents: Dependents): string | null {
  const parts = [
    dependents.comparisons
      ? `${plural(dependents.comparisons, 'saved comparison')}${dependents.notes ? ` (${plural(dependents.notes, 'note')})` : ''}`
      : '',
    dependents.annotations ? plural(dependents.annotations, 'annotation') : '',
    dependents.studies ? plural(dependents.studies, 'study', 'studies') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** What refers to any version of a class. */
export async function dependentsOfClass(classKey: string, database: AppDb = db): Promise<Dependents> {
  const ids = (await database.summaries.where('classKey').equals(classKey).primaryKeys()).map(String);
  return countDependents(ids, database);
}
