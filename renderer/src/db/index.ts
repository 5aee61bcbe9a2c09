export type { AlignmentOverride, AnnotationRow, ComparisonRow, MetaRow, RowNote, SpecSummary, StoredSpec, StudyRow } from './types';
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
export { useSavedComparison } from './useSavedComparison';
export { useSavedComparisonTitles } from './useSavedComparisonTitles';
export { useSavedComparisons } from './useSavedComparisons';
export { useSpec } from './useSpec';
export { useSpecVersions } from './useSpecVersions';
export { useSpecs } from './useSpecs';
export { reparseOutdatedSpecs, type ReparseBatch, type ReparseProgress } from './reparseSpecs';
