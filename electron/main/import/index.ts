export { createImporter, sourceWorkerScript, type Importer, type ImportOptions } from './importFiles';
export { findFiles, type FoundFile } from './findFiles';
export { hashBytes, readSpecFile } from './readSpecFile';
export { createNodeReader, createNodeReaderPool, nodeTimers, type WorkerScript } from './nodeReader';
export { WORKER_READY, type FileJob, type FileTask, type FileTaskResult } from './fileJob';
export { isReadablePath } from './pathGuard';
