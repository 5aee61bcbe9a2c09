import { useSyncExternalStore } from 'react';
import { useAppServices } from './appContext';
import type { InterruptedState } from './importController';
import type { ImportProgress } from './importProgress';

export function useImportProgress(): ImportProgress {
  const { imports } = useAppServices();
  return useSyncExternalStore(imports.subscribe, imports.getSnapshot);
}

/** Imports a crash or quit interrupted, offered for resuming until resumed or dismissed. */
export function useInterruptedImports(): InterruptedState {
  const { imports } = useAppServices();
  return useSyncExternalStore(imports.subscribe, imports.getInterrupted);
}
