import { describe, expect, it } from 'vitest';
import {
  deleteComparison,
  getComparison,
  listComparisons,
  renameComparison,
  saveComparison,
  updateComparison,
  type NewComparison,
} from '../../../renderer/src/db/comparisons';
import { freshDbFactory } from './freshDb';

const freshDb = freshDbFactory('comparisons');

const study: NewComparison = {
  name: 'Supervisor vs Chief',
  leftId: 'spec-a',
  rightId: 'spec-b',
  threshold: 0.75,
  algoVersion: 1,
  overrides: [{ kind: 'unlink', a: 0, b: 1 }],
  notes: [{ rowKey: 'duty:0:-', text: 'Budget work only in A.' }],
};

describe('saved comparisons repository', () => {
  it('stores a comparison exactly as given, with its creation time', async () => {
    const database = freshDb();
    const id = await saveComparison(study, 1000, database);
    expect(await getComparison(id, database)).toEqual({ ...study, id, createdAt: 1000, updatedAt: 1000 });
  });

  it('keeps overrides and notes when they change, and moves the comparison to the top of the list', async () => {
    const database = freshDb();
    const first = await saveComparison(study, 1000, database);
    const second = await saveComparison({ ...study, name: 'Other' }, 2000, database);
    expect((await listComparisons(database)).map((row) => row.id)).toEqual([second, first]);

    const overrides = [...study.overrides, { kind: 'link' as const, a: 2, b: 3 }];
    expect(await updateComparison(first, { overrides }, 3000, database)).toBe(true);
    const rows = await listComparisons(database);
    expect(rows.map((row) => row.id)).toEqual([first, second]);
    expect(rows[0]).toMatchObject({ overrides, notes: study.notes, createdAt: 1000, updatedAt: 3000 });
  });

  it.each([
    ['  Chief study  ', true, 'Chief study'],
    ['   ', false, 'Supervisor vs Chief'],
  ])('renaming to %j succeeds: %s', async (name, succeeds, stored) => {
    const database = freshDb();
    const id = await saveComparison(study, 1000, database);
    expect(await renameComparison(id, name, 2000, database)).toBe(succeeds);
    expect((await getComparison(id, database))?.name).toBe(stored);
  });

  it('deletes a comparison, and reports an update of a deleted one as failed', async () => {
    const database = freshDb();
    const id = await saveComparison(study, 1000, database);
    await deleteComparison(id, database);
    expect(await getComparison(id, database)).toBeNull();
    expect(await updateComparison(id, { name: 'x' }, 2000, database)).toBe(false);
  });
});
