export { createImporter, sourceWorkerScript, DEFAULT_TIMEOUT_MS, DEFAULT_MEMORY_LIMIT_MB, type Importer, type ImportOptions, type ImportSummary } from './importFiles';
export { findFiles, isIgnoredName, isSupportedName, SUPPORTED_EXTENSIONS, type FoundFile } from './findFiles';
export { hashBytes, readSpecFile } from './readSpecFile';
export type { WorkerScript } from './workerPool';
export { WorkerPool, type PoolOptions } from './workerPool';
export { WORKER_READY, type ImportTask, type ImportTaskResult } from './importTask';
export { PROBLEM_MESSAGES } from './messages';
