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
export { applyStudyBundle, planStudyImport, type BundleApplied, type BundleMode, type BundlePlan } from './applyStudyBundle';
export { latestSpecs } from './latestSpecs';
export { addStudy, deleteStudy, ensureCandidateComparison, getStudy, listStudies, saveStudy, studyComparisons, type StudyWrite } from './studies';
export { loadStudyMaterials } from './studyMaterials';
export { useStudies, useStudy, useStudyComparisons } from './useStudies';
