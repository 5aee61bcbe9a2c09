import {
  studySpecIds,
  subjectIdOf,
  type SpecDocument,
  type StudyAnnotation,
  type StudyComparisonRecord,
  type StudyMaterials,
} from '../../../shared/study';
import { db as appDb } from './db';
import type { AppDb } from './schema';
import { loadCorrected, type CorrectedStoredSpec } from './corrections';
import type { StudyRow } from './types';

// The effective record (the analyst's corrections applied), as every view and the report show it.
const asDocument = (row: CorrectedStoredSpec): SpecDocument => ({
  id: row.id,
  classKey: row.classKey,
  version: row.version,
  sourceName: row.sourceName,
  format: row.format,
  size: row.size,
  importedAt: row.importedAt,
  employer: row.employer,
  title: row.title,
  code: row.code,
  spec: row.spec,
});

/** Everything the study's report and bundle hold, read in one transaction so they agree with each other. */
export async function loadStudyMaterials(study: StudyRow, database: AppDb = appDb): Promise<StudyMaterials> {
  return database.transaction(
    'r',
    [database.specs, database.comparisons, database.annotations, database.corrections],
    async () => {
      const ids = studySpecIds(study);
      const specs = (await loadCorrected(database, await database.specs.bulkGet(ids))).flatMap((row) =>
        row ? [asDocument(row)] : [],
      );
      const comparisonIds = study.candidates.flatMap((candidate) =>
        candidate.comparisonId === null ? [] : [candidate.comparisonId],
      );
      const subjectId = subjectIdOf(study.subject, study.uid);
      const comparisons = (await database.comparisons.bulkGet(comparisonIds)).flatMap((row) =>
        row && row.studyUid === study.uid && row.leftId === subjectId ? [row as StudyComparisonRecord] : [],
      );
      const annotations = (await database.annotations
        .where('specId')
        .anyOf(ids)
        .toArray()) as unknown as StudyAnnotation[];
      return { study, specs, comparisons, annotations };
    },
  );
}
