export { AnnotatableSpec } from './AnnotatableSpec';
export { AnnotatedDuty } from './AnnotatedDuty';
export { AnnotatedText, type StyledLayer } from './AnnotatedText';
export { LibraryAnnotationsView } from './LibraryAnnotationsView';
export { useComparisonAnnotations } from './useComparisonAnnotations';
export { CompareAnnotator } from './CompareAnnotator';
export { CompareSideText } from './CompareSideText';
