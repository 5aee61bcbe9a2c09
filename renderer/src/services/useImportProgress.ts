import { useSyncExternalStore } from 'react';
import { useAppServices } from './appContext';
import type { ImportProgress } from './importProgress';

export function useImportProgress(): ImportProgress {
  const { imports } = useAppServices();
  return useSyncExternalStore(imports.subscribe, imports.getSnapshot);
}
