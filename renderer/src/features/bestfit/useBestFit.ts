import { useMemo } from 'react';
import { type BestFitEntry, prepareBestFitIndex, rankBestFit } from '../../../../shared/compare';
import type { StoredSpec } from '../../db';

/** Library classes ranked by how well they describe the given spec; null until both are loaded. */
export function useBestFit(target: StoredSpec | null | undefined, library: readonly (StoredSpec | null)[] | undefined, limit: number): BestFitEntry[] | null {
  const index = useMemo(
    () => (library ? prepareBestFitIndex(library.flatMap((row) => (row ? [{ id: row.id, spec: row.spec }] : []))) : null),
    [library],
  );
  return useMemo(() => (target && index ? rankBestFit(target.spec, index, { limit, excludeId: target.id }) : null), [target, index, limit]);
}
