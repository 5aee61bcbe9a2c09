import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { decodeStudyBundle, encodeStudyBundle, typedSubjectId, type Sha256 } from '../../../shared/study';
import { applyStudyBundle, planStudyImport } from '../../../renderer/src/db/applyStudyBundle';
import { loadStudyMaterials } from '../../../renderer/src/db/studyMaterials';
import type { AppDb } from '../../../renderer/src/db/schema';
import { seedMaterials } from '../../unit/shared/study/studyFixture';
import { freshDbFactory } from './freshDb';

const freshDb = freshDbFactory('bundle');
const sha256: Sha256 = (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex'));
const withoutLocalIds = <T extends { candidates: readonly { comparisonId: number | null }[] }>(
  study: T & { id?: number },
) => {
  const { id: _id, ...rest } = study;
  return {
    ...rest,
    candidates: rest.candidates.map((candidate) => ({
      ...candidate,
      comparisonId: candidate.comparisonId === null ? null : 'kept',
    })),
  };
};

async function imported(database: AppDb) {
  const materials = seedMaterials();
  const result = await applyStudyBundle(materials, 'new', 10, () => 'never-used', database);
  if (!result.ok) throw new Error(result.message);
  return { materials, result };
}

it('imports a bundle into an empty library and reproduces the study, its documents, comparisons and annotations', async () => {
  const database = freshDb();
  const { materials, result } = await imported(database);
  expect(result.addedSpecs).toBe(3);
  const stored = await database.studies.get(result.studyId);
  if (!stored) throw new Error('study missing');
  const again = await loadStudyMaterials(stored, database);
  expect(withoutLocalIds(again.study)).toEqual(withoutLocalIds(materials.study));
  expect(again.specs.map((spec) => [spec.id, spec.version]).sort()).toEqual(
    materials.specs.map((spec) => [spec.id, spec.version]).sort(),
  );
  expect(again.comparisons.map((row) => [row.rightId, row.notes])).toEqual(
    materials.comparisons.map((row) => [row.rightId, row.notes]),
  );
  expect(again.annotations.map((row) => row.note)).toEqual(['Matches the unit of four in the desk audit.']);
  expect(await database.summaries.count()).toBe(3);
});

it('never duplicates documents already in the library, and offers a copy or an update for the same study', async () => {
  const database = freshDb();
  const { materials } = await imported(database);
  expect(await planStudyImport(materials, database)).toMatchObject({
    newSpecs: 0,
    presentSpecs: 3,
  });
  expect(await applyStudyBundle(materials, 'new', 20, () => 'x', database)).toEqual({
    ok: false,
    message: 'A study with the same identity is already here: import it as a copy or as an update.',
  });

  const copy = await applyStudyBundle(materials, 'copy', 30, () => 'copy-uid-0001', database);
  expect(copy).toMatchObject({ ok: true, addedSpecs: 0 });
  const copied = copy.ok ? await database.studies.get(copy.studyId) : undefined;
  expect(copied?.name).toBe(`${materials.study.name} (copy)`);
  const copiedComparisons = await database.comparisons
    .where('id')
    .anyOf(copied?.candidates.map((candidate) => candidate.comparisonId ?? -1) ?? [])
    .toArray();
  expect(copiedComparisons.map((row) => [row.studyUid, row.leftId])).toEqual(
    materials.comparisons.map(() => ['copy-uid-0001', typedSubjectId('copy-uid-0001')]),
  );

  const changed = {
    ...materials,
    study: { ...materials.study, notes: 'Reviewed by the supervisor.' },
  };
  const update = await applyStudyBundle(changed, 'update', 40, () => 'x', database);
  expect(update.ok).toBe(true);
  expect(await database.specs.count()).toBe(3);
  expect(await database.studies.count()).toBe(2);
  expect(await database.comparisons.count()).toBe(6);
  expect((await database.studies.where('uid').equals(materials.study.uid).first())?.notes).toBe(
    'Reviewed by the supervisor.',
  );
});

it('a refused bundle leaves the library untouched', async () => {
  const database = freshDb();
  const bytes = await encodeStudyBundle(seedMaterials(), sha256, 0);
  const reading = await decodeStudyBundle(bytes.slice(0, bytes.length - 40), sha256);
  expect(reading.ok).toBe(false);
  expect(await database.specs.count()).toBe(0);
  const failing = await applyStudyBundle(
    { ...seedMaterials(), study: { ...seedMaterials().study, uid: 'x' } },
    'update',
    1,
    () => 'y',
    database,
  );
  expect(failing.ok).toBe(false);
  expect([await database.specs.count(), await database.studies.count(), await database.comparisons.count()]).toEqual([
    0, 0, 0,
  ]);
});
