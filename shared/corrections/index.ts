export * from './types';
export { anchorOf, resolveAnchor, relocate } from './anchor';
export { applyCorrections, correctionsFor, effectiveSpec, isCorrectedRecord } from './applyCorrections';
export { correctionSchema, SECTION_KINDS } from './correctionSchema';
export {
  libraryCorrectionsFor,
  readLibraryCorrections,
  type LibraryCorrections,
  type StoredCorrection,
} from './libraryExport';
export * from './describeCorrection';
