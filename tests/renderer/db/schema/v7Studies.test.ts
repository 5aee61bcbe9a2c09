import { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { checkStudy } from '../../../../shared/study';
import { AppDb } from '../../../../renderer/src/db/schema';
import { uniqueDbName } from '../importedSpec';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

it('upgrades v2 study rows to full study records with a unique uid, keeping their name, decision and rationale', async () => {
  const name = uniqueDbName('v7');
  const v2 = new Dexie(name);
  v2.version(2).stores({
    specs: 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code',
    comparisons: '++id, [leftId+rightId], updatedAt',
    annotations: '++id, specId, classKey',
    studies: '++id, updatedAt',
    meta: 'key',
    summaries: 'id, classKey, isLatest',
  });
  await v2.table('studies').bulkAdd([
    {
      name: 'Clerk review',
      specIds: ['a'],
      comparisonIds: [],
      decision: 'Keep at grade 12',
      rationale: 'Duties unchanged.',
      createdAt: 1000,
      updatedAt: 2000,
    },
    {
      name: 'Lead review',
      specIds: [],
      comparisonIds: [],
      decision: '',
      rationale: '',
      createdAt: 3000,
      updatedAt: 4000,
    },
  ]);
  v2.close();

  const database = new AppDb(name);
  opened.push(database);
  const rows = await database.studies.orderBy('id').toArray();
  expect(rows.map((row) => [row.name, row.status, row.decision.rationale, row.updatedAt])).toEqual([
    ['Clerk review', 'open', 'Duties unchanged.', 2000],
    ['Lead review', 'open', '', 4000],
  ]);
  expect(rows[0]?.notes).toContain('Keep at grade 12');
  expect(new Set(rows.map((row) => row.uid)).size).toBe(2);
  for (const row of rows) expect(checkStudy(row)).toEqual([]);
  expect(
    await database.studies
      .where('uid')
      .equals(rows[1]?.uid ?? '')
      .count(),
  ).toBe(1);
});
