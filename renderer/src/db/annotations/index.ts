export { reanchorClassAnnotations, type ReanchorOutcome } from './reanchorClass';
export {
  cleanTags,
  createAnnotation,
  deleteAnnotation,
  reattachAnnotation,
  restoreAnnotation,
  updateAnnotation,
  type AnnotatedSpec,
  type AnnotationContent,
} from './repository';
export { useClassOrphans, useLibraryAnnotations, useSpecAnnotations, type LibraryAnnotation } from './useAnnotations';
