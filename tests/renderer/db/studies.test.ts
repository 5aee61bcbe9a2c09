import { expect, it } from 'vitest';
import { addCandidates, createStudy } from '../../../shared/study';
import { listComparisons, saveComparison } from '../../../renderer/src/db/comparisons';
import {
  addStudy,
  deleteStudy,
  ensureCandidateComparison,
  getStudy,
  listStudies,
  saveStudy,
} from '../../../renderer/src/db/studies';
import { freshDbFactory } from './freshDb';

const freshDb = freshDbFactory('studies');

it('stores a study and reads it back exactly, most recently changed first', async () => {
  const database = freshDb();
  const first = await addStudy(createStudy({ uid: 'uid-first-1', name: 'First', now: 1 }), database);
  const second = await addStudy(createStudy({ uid: 'uid-second', name: 'Second', now: 2 }), database);
  if (!first.ok || !second.ok) throw new Error('not stored');
  const changed = {
    ...createStudy({ uid: 'uid-first-1', name: 'First', now: 1 }),
    caseNumber: 'RC-7',
  };
  expect(await saveStudy(first.id, changed, 50, database)).toEqual({
    ok: true,
    id: first.id,
  });
  expect((await listStudies(database)).map((row) => row.name)).toEqual(['First', 'Second']);
  expect(await getStudy(first.id, database)).toEqual({
    ...changed,
    id: first.id,
    updatedAt: 50,
  });
});

it('refuses a second study with the same uid and says why', async () => {
  const database = freshDb();
  await addStudy(createStudy({ uid: 'same-uid-1', name: 'One', now: 1 }), database);
  const again = await addStudy(createStudy({ uid: 'same-uid-1', name: 'Two', now: 2 }), database);
  expect(again.ok).toBe(false);
  if (!again.ok) expect(again.message).toMatch(/Could not save/u);
});

it('keeps one comparison per candidate with the study, out of the saved comparisons list, and deletes it with the study', async () => {
  const database = freshDb();
  await saveComparison(
    {
      name: 'Loose',
      leftId: 'x',
      rightId: 'y',
      threshold: 0.7,
      algoVersion: 2,
      overrides: [],
      notes: [],
    },
    1,
    database,
  );
  const study = addCandidates(createStudy({ uid: 'uid-compare', name: 'Study', now: 1 }), ['sup']);
  const stored = await addStudy(study, database);
  if (!stored.ok) throw new Error('not stored');
  const made = await ensureCandidateComparison(
    stored.id,
    'study:uid-compare',
    'sup',
    'Position vs Supervisor',
    5,
    database,
  );
  const again = await ensureCandidateComparison(
    stored.id,
    'study:uid-compare',
    'sup',
    'Position vs Supervisor',
    6,
    database,
  );
  expect(made.ok && again.ok && made.id === again.id).toBe(true);
  expect((await getStudy(stored.id, database))?.candidates).toEqual([
    { specId: 'sup', comparisonId: made.ok ? made.id : -1 },
  ]);
  expect((await listComparisons(database)).map((row) => row.name)).toEqual(['Loose']);
  await deleteStudy(stored.id, database);
  expect(await database.comparisons.count()).toBe(1);
  expect(await database.studies.count()).toBe(0);
});
