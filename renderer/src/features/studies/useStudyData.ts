import { useMemo } from 'react';
import type { ActivityModelState } from '../../engine';
import { buildCandidatesMatrix, studySpecIds, subjectSpec, type CandidatesMatrix } from '../../../../shared/study';
import type { ClassSpec } from '../../../../shared/model';
import { type ComparisonRow, type CorrectedStoredSpec, type StudyRow, useSpecs, useStudyComparisons } from '../../db';

export type StudyData = Readonly<{
  /** The study's documents as the analyst corrected them. */
  specs: ReadonlyMap<string, CorrectedStoredSpec>;
  subject: ClassSpec | null;
  comparisons: ReadonlyMap<string, ComparisonRow>;
  matrix: CandidatesMatrix | null;
  /** Candidates whose document is no longer in the library. */
  missing: readonly string[];
}>;

/**
 * The study's documents, its subject as a spec, the saved comparisons and the candidates matrix;
 * undefined while loading, the work model included, so the matrix is never shown on words alone
 * and then changed under the analyst's eyes.
 */
export function useStudyData(study: StudyRow, engine: ActivityModelState): StudyData | undefined {
  const ids = useMemo(() => studySpecIds(study), [study]);
  const rows = useSpecs(ids);
  const comparisons = useStudyComparisons(study);
  return useMemo(() => {
    if (!rows || !comparisons || (engine.model === null && engine.error === null)) return undefined;
    const activities = engine.model;
    const specs = new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
    const subject = subjectSpec(study.subject, (id) => specs.get(id)?.spec ?? null);
    const present = study.candidates.flatMap((candidate) => {
      const row = specs.get(candidate.specId);
      const saved = comparisons.get(candidate.specId);
      return row
        ? [
            {
              specId: row.id,
              spec: row.spec,
              overrides: saved?.overrides ?? [],
              ...(saved ? { threshold: saved.threshold } : {}),
            },
          ]
        : [];
    });
    const missing = study.candidates
      .filter((candidate) => !specs.has(candidate.specId))
      .map((candidate) => candidate.specId);
    return {
      specs,
      subject,
      comparisons,
      matrix: subject ? buildCandidatesMatrix(subject, present, { activities }) : null,
      missing,
    };
  }, [rows, comparisons, study, engine]);
}
