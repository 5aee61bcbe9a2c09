export type * from './types';
export { importDocument, specFromText, failed, type ImportDocumentOptions } from './importDocument';
export {
  importFailure,
  timeoutFailure,
  tooLargeFailure,
  describeFailure,
  type FailureReason,
  type ImportFailureCode,
} from './failures';
export { IMPORT_LIMITS, withLimits, type ImportLimits } from './limits';
export { SUPPORTED_EXTENSIONS, isIgnoredName, isImportCandidate, isSupportedName } from './fileTypes';
export { ReaderFault, ReaderPool, type Reader, type Timers } from './readerPool';
export {
  ImportLine,
  runImport,
  type ImportSummary,
  type QueuedFile,
  type RunImportOptions,
  type RunningImport,
} from './runImport';
export { reparseSpec } from './reparseSpec';
