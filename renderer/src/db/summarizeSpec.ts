import type { SpecSummary, StoredSpec } from './types';

/** The library row of a stored spec; whether it is the latest version of its class is kept here only. */
export function summarizeSpec(row: StoredSpec, isLatest: 0 | 1): SpecSummary {
  return {
    id: row.id,
    classKey: row.classKey,
    version: row.version,
    isLatest,
    sourceName: row.sourceName,
    importedAt: row.importedAt,
    employer: row.employer,
    title: row.title,
    code: row.code,
    grade: row.spec.grade ?? '',
    gradeNumber: row.gradeNumber,
    family: row.spec.family,
    warnings: row.spec.warnings.map((warning) => warning.message),
  };
}
