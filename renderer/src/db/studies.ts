import { ALGO_VERSION, DEFAULT_MATCH_THRESHOLD } from '../../../shared/compare';
import type { Study } from '../../../shared/study';
import { db as appDb } from './db';
import type { AppDb } from './schema';
import { describeStorageError } from './storageError';
import type { ComparisonRow, StudyRow } from './types';

export type StudyWrite = Readonly<{ ok: true; id: number }> | Readonly<{ ok: false; message: string }>;

async function attempt(write: () => Promise<number>): Promise<StudyWrite> {
  try {
    return { ok: true, id: await write() };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

/** Studies, most recently changed first. */
export async function listStudies(database: AppDb = appDb): Promise<StudyRow[]> {
  return database.studies.orderBy('updatedAt').reverse().toArray();
}

export async function getStudy(id: number, database: AppDb = appDb): Promise<StudyRow | null> {
  return (await database.studies.get(id)) ?? null;
}

export async function addStudy(study: Study, database: AppDb = appDb): Promise<StudyWrite> {
  return attempt(async () => (await database.studies.add(study)) as number);
}

/** Stores the whole study record as the analyst left it (its row id stays). */
export async function saveStudy(id: number, study: Study, now: number, database: AppDb = appDb): Promise<StudyWrite> {
  return attempt(async () => {
    await database.studies.put({ ...study, id, updatedAt: now });
    return id;
  });
}

/** Deletes a study together with the comparisons it kept. */
export async function deleteStudy(id: number, database: AppDb = appDb): Promise<StudyWrite> {
  return attempt(() =>
    database.transaction('rw', database.studies, database.comparisons, async () => {
      const study = await database.studies.get(id);
      const comparisonIds = (study?.candidates ?? []).flatMap((candidate) =>
        candidate.comparisonId === null ? [] : [candidate.comparisonId],
      );
      await database.comparisons.bulkDelete(comparisonIds);
      await database.studies.delete(id);
      return id;
    }),
  );
}

/**
 * The saved subject-vs-candidate comparison of a study, created on first use (so links and notes
 * made in it are kept at once) and recorded on the study's candidate.
 */
export async function ensureCandidateComparison(
  studyId: number,
  subjectId: string,
  candidateId: string,
  name: string,
  now: number,
  database: AppDb = appDb,
): Promise<StudyWrite> {
  return attempt(() =>
    database.transaction('rw', database.studies, database.comparisons, async () => {
      const study = await database.studies.get(studyId);
      if (!study) throw new Error('the study no longer exists');
      const candidate = study.candidates.find((item) => item.specId === candidateId);
      if (!candidate) throw new Error('that class is no longer a candidate of the study');
      const existing =
        candidate.comparisonId === null ? undefined : await database.comparisons.get(candidate.comparisonId);
      if (existing && existing.leftId === subjectId) return existing.id as number;
      const row: ComparisonRow = {
        name,
        leftId: subjectId,
        rightId: candidateId,
        threshold: DEFAULT_MATCH_THRESHOLD,
        algoVersion: ALGO_VERSION,
        overrides: [],
        notes: [],
        studyUid: study.uid,
        createdAt: now,
        updatedAt: now,
      };
      const comparisonId = (await database.comparisons.add(row)) as number;
      const candidates = study.candidates.map((item) =>
        item.specId === candidateId ? { ...item, comparisonId } : item,
      );
      await database.studies.update(studyId, { candidates, updatedAt: now });
      return comparisonId;
    }),
  );
}

/** The comparisons a study keeps, by candidate spec id. */
export async function studyComparisons(study: Study, database: AppDb = appDb): Promise<Map<string, ComparisonRow>> {
  const ids = study.candidates.flatMap((candidate) =>
    candidate.comparisonId === null ? [] : [candidate.comparisonId],
  );
  const rows = await database.comparisons.bulkGet(ids);
  return new Map(rows.flatMap((row) => (row && row.studyUid === study.uid ? [[row.rightId, row] as const] : [])));
}
