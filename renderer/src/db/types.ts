import type { AnchorTarget } from '../../../shared/anchoring';
import type { DocumentFormat } from '../../../shared/extract';
import type { ClassSpec } from '../../../shared/model';
import type { Study } from '../../../shared/study';

/** One imported version of a class specification, keyed by the SHA-256 of the file's bytes. */
export type StoredSpec = Readonly<{
  id: string;
  /** Versions of one class share a classKey (employer + code, or employer + title when no code). */
  classKey: string;
  /** 1 for the first import of a class, then 2, 3… for changed files with the same code and title. */
  version: number;
  /** PARSER_VERSION of the parser that produced `spec`; older ones are re-parsed from `spec.text` on start. */
  parserVersion: number;
  sourceName: string;
  format: DocumentFormat;
  size: number;
  importedAt: number;
  /** Employer / jurisdiction as read or as the analyst set it. */
  employer: string;
  title: string;
  code: string;
  /** Numeric grade for range filters; null when the grade is not a number. */
  gradeNumber: number | null;
  warningCount: number;
  spec: ClassSpec;
}>;

/**
 * The light part of a stored spec that the library list needs, kept in its own table (same id) so
 * listing thousands of classes never reads whole documents.
 */
export type SpecSummary = Readonly<{
  id: string;
  classKey: string;
  version: number;
  isLatest: 0 | 1;
  sourceName: string;
  importedAt: number;
  employer: string;
  title: string;
  code: string;
  grade: string;
  gradeNumber: number | null;
  /** Job family titles as printed in the spec. */
  family: readonly string[];
  warnings: readonly string[];
}>;

/** Small application flags (e.g. whether the sample specs were imported once). */
export type MetaRow = Readonly<{ key: string; value: string | number | boolean }>;

/** An analyst's change to the engine's duty alignment, kept with the saved comparison. */
export type AlignmentOverride =
  Readonly<{ kind: 'link'; a: number; b: number }> | Readonly<{ kind: 'unlink'; a: number; b: number }>;

export type RowNote = Readonly<{ rowKey: string; text: string }>;

export type ComparisonRow = Readonly<{
  id?: number;
  name: string;
  leftId: string;
  rightId: string;
  threshold: number;
  /** Engine version the overrides were made against (shared/compare ALGO_VERSION). */
  algoVersion: number;
  overrides: readonly AlignmentOverride[];
  notes: readonly RowNote[];
  /** Printed on the comparison's pages and exports (a study's comparisons print the study's instead); absent until the analyst types one. */
  preparer?: string;
  caseNumber?: string;
  /** Set on the subject-vs-candidate comparisons a study keeps; they are listed with the study, not among saved comparisons. */
  studyUid?: string;
  createdAt: number;
  updatedAt: number;
}>;

export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

/**
 * An analyst's highlight + note on a passage of a spec, anchored by W3C-style selectors over the
 * normalized text so it can follow the class onto new versions. `specId` is the version the
 * selectors were taken on: the latest while anchored; for an orphan, the last version it was
 * found on (its quote and context stay readable there). Orphans are never deleted by the app.
 */
export type AnnotationRow = Readonly<{
  id?: number;
  classKey: string;
  specId: string;
  status: 'anchored' | 'orphaned';
  target: AnchorTarget;
  /** Version number the annotation was made on, and the version that lost it (orphans). */
  madeOnVersion: number;
  orphanedOnSpecId?: string;
  color: AnnotationColor;
  note: string;
  tags: readonly string[];
  createdAt: number;
  updatedAt: number;
}>;

/** A reclassification study (shared/study's record) with its local row id. */
export type StudyRow = Study & Readonly<{ id?: number }>;
