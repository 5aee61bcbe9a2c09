export { ANNOTATION_COLORS } from './types';
export type {
  AlignmentOverride,
  AnnotationColor,
  AnnotationRow,
  ComparisonRow,
  MetaRow,
  RowNote,
  SpecSummary,
  StoredSpec,
  StudyRow,
} from './types';
export { gradeToNumber } from '../../../shared/library/classIdentity';
export {
  deleteComparison,
  getComparison,
  listComparisons,
  listPairComparisons,
  renameComparison,
  saveComparison,
  updateComparison,
  type ComparisonChanges,
  type NewComparison,
} from './comparisons';
export { deleteClass, deleteSpec } from './deleteSpec';
export {
  beginImportJournal,
  endImportJournal,
  listInterruptedImports,
  settleJournalFile,
  type ImportOrigin,
  type InterruptedImport,
} from './importJournal';
export { loadSearchDocuments } from './loadSearchDocuments';
export { deleteSearchCache, loadSearchSnapshot, saveSearchSnapshot } from './searchCache';
export { searchStamps } from './searchStamps';
export { useSearchStamps } from './useSearchStamps';
export { haveSeedsBeenImported, markSeedsImported, requestPersistentStorage } from './meta';
export { describeStorageError, ReadOnlyLibraryError, STORAGE_FULL_MESSAGE, storageFullMessage } from './storageError';
export { db } from './db';
export { AppDb, DEFAULT_DB_NAME } from './schema';
export { checkLibraryAccess, readInstalledSchemaVersion, type LibraryAccess } from './libraryAccess';
export { LibraryGate } from './libraryGate';
export { backupFileName, countRows, exportLibrary, type LibraryBackup } from './backup/exportLibrary';
export { restoreLibrary, type RestoreOutcome } from './backup/restoreLibrary';
export { usePairComparisons } from './usePairComparisons';
export { pairKey, useLatestPairComparisons } from './useLatestPairComparisons';
export { storeImportedSpec, type StoreOutcome } from './storeImportedSpec';
export { useLibrarySpecs } from './useLibrarySpecs';
export { useClassVersions } from './useClassVersions';
export { useCompareChoices } from './useCompareChoices';
export { useSavedComparison } from './useSavedComparison';
export { useSavedComparisonTitles } from './useSavedComparisonTitles';
export { useSavedComparisons } from './useSavedComparisons';
export { useSpec } from './useSpec';
export { useSpecVersions } from './useSpecVersions';
export { useSpecs } from './useSpecs';
export { reparseOutdatedSpecs, type ReparseBatch, type ReparseProgress } from './reparseSpecs';
export {
  correctedRow,
  deleteCorrection,
  loadCorrected,
  saveCorrection,
  type CorrectedStoredSpec,
  type CorrectionState,
  type CorrectionWrite,
} from './corrections';
export {
  cleanTags,
  createAnnotation,
  deleteAnnotation,
  reattachAnnotation,
  reanchorClassAnnotations,
  restoreAnnotation,
  updateAnnotation,
  useClassOrphans,
  useLibraryAnnotations,
  useSpecAnnotations,
  type AnnotatedSpec,
  type AnnotationContent,
  type LibraryAnnotation,
  type ReanchorOutcome,
} from './annotations';
export {
  applyStudyBundle,
  planStudyImport,
  type BundleApplied,
  type BundleMode,
  type BundlePlan,
} from './applyStudyBundle';
export { latestSpecs } from './latestSpecs';
export {
  addStudy,
  deleteStudy,
  ensureCandidateComparison,
  getStudy,
  listStudies,
  saveStudy,
  studyComparisons,
  type StudyWrite,
} from './studies';
export { loadStudyMaterials } from './studyMaterials';
export { useStudies, useStudy, useStudyComparisons } from './useStudies';
export { useIsLatest } from './useIsLatest';
export { countDependents, dependentsOfClass, describeDependents } from './dependents';
export { dependentsOfTrash, emptyTrash, restoreFromTrash, trashClass, trashVersion } from './trash';
export type { Dependents, TrashRow } from './trashTypes';
export { useTrash } from './useTrash';
