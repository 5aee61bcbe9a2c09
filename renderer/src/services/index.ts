export { AppServicesContext, useAppServices, type AppServices } from './appContext';
export {
  ImportController,
  type FinishedImport,
  type ImportJournal,
  type InterruptedState,
  type StoreSpec,
} from './importController';
export { advanceProgress, IDLE_PROGRESS, type ImportProgress, type StoreResult } from './importProgress';
export { useImportProgress, useInterruptedImports } from './useImportProgress';
export { PrintoutRegistry } from './printouts';
