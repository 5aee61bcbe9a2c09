import type { SpecSummary, StoredSpec } from './types';

export function summarizeSpec(row: StoredSpec): SpecSummary {
  return {
    id: row.id,
    classKey: row.classKey,
    version: row.version,
    isLatest: row.isLatest,
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
