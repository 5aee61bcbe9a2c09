import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import { listStudies, studyComparisons } from './studies';
import type { ComparisonRow, StudyRow } from './types';

/** Every study, most recently changed first; undefined while loading. */
export function useStudies(): readonly StudyRow[] | undefined {
  return useLiveQuery(() => listStudies(), []);
}

/** One study; null when it does not exist, undefined while loading. */
export function useStudy(id: number): StudyRow | null | undefined {
  return useLiveQuery(async () => (await db.studies.get(id)) ?? null, [id]);
}

/** The comparisons a study keeps, by candidate spec id; undefined while loading. */
export function useStudyComparisons(
  study: StudyRow | null | undefined,
): ReadonlyMap<string, ComparisonRow> | undefined {
  return useLiveQuery(async () => (study ? studyComparisons(study) : new Map<string, ComparisonRow>()), [study]);
}
