import { createImporter } from './import';
import type { ImportRunner } from './importService';

/** Binds the import pipeline to the built worker entry (out/main/importWorker.js, a second main-build input). */
export function createImportRunner(workerUrl: URL): ImportRunner {
  const importer = createImporter({ url: workerUrl });
  return async (paths, { importId, signal, onEvent, only }) => {
    await importer.importFiles(paths, { importId, signal, onEvent, ...(only ? { only } : {}) });
  };
}
