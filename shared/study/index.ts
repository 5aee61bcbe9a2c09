export * from './studySchema';
export { checkStudy, type StudyProblem } from './studyRules';
export {
  addCandidates,
  changeStatus,
  createStudy,
  isoDay,
  linkComparison,
  removeCandidate,
  setClassOfRecord,
  type NewStudyInput,
} from './studyChanges';
export {
  isTypedSubjectId,
  subjectIdOf,
  subjectSpec,
  typedPositionSpec,
  typedSubjectId,
  weighDuties,
} from './positionSpec';
export {
  buildCandidatesMatrix,
  type CandidatesMatrix,
  type MatrixCandidate,
  type MatrixColumn,
  type MatrixFactorCell,
  type MatrixOptions,
} from './candidatesMatrix';
export {
  annotationQuote,
  annotationText,
  specDocumentSchema,
  studyAnnotationSchema,
  studyComparisonSchema,
  studyMaterialsSchema,
  studySpecIds,
  type SpecDocument,
  type StudyAnnotation,
  type StudyComparisonRecord,
  type StudyMaterials,
} from './materials';
export {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  decodeStudyBundle,
  encodeStudyBundle,
  type BundleReading,
  type Sha256,
} from './bundle';
