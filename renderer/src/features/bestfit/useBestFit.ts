import { useMemo } from 'react';
import { type BestFitEntry, prepareBestFitIndex, rankBestFit } from '../../../../shared/compare';
import type { StoredSpec } from '../../db';
import { useActivityModel } from '../../engine';

/** Library classes ranked by how well they describe the given spec, scored as compare scores them; null until the spec, the library and the work-activity model are loaded. */
export function useBestFit(
  target: StoredSpec | null | undefined,
  library: readonly (StoredSpec | null)[] | undefined,
  limit: number,
): BestFitEntry[] | null {
  const { model: activities, error } = useActivityModel();
  const ready = activities !== null || error !== null;
  const index = useMemo(
    () =>
      library && ready
        ? prepareBestFitIndex(
            library.flatMap((row) => (row ? [{ id: row.id, spec: row.spec }] : [])),
            activities ? { activities } : {},
          )
        : null,
    [library, ready, activities],
  );
  return useMemo(
    () => (target && index ? rankBestFit(target.spec, index, { limit, excludeId: target.id }) : null),
    [target, index, limit],
  );
}
