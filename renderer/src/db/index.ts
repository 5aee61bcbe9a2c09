export { ANNOTATION_COLORS } from './types';
export type { AlignmentOverride, AnnotationColor, AnnotationRow, ComparisonRow, MetaRow, RowNote, SpecSummary, StoredSpec, StudyRow } from './types';
export { gradeToNumber } from './classIdentity';
export {
  deleteComparison,
  getComparison,
  listComparisons,
  renameComparison,
  saveComparison,
  updateComparison,
  type ComparisonChanges,
  type NewComparison,
} from './comparisons';
export { deleteClass, deleteSpec } from './deleteSpec';
export { loadSearchDocuments } from './loadSearchDocuments';
export { haveSeedsBeenImported, markSeedsImported, requestPersistentStorage } from './meta';
export { describeStorageError, STORAGE_FULL_MESSAGE } from './storageError';
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
