import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { ComparisonRow, SpecSummary } from './types';

/** The summaries of every class the given saved comparisons refer to (any version), by spec id; undefined while loading. */
export function useSavedComparisonTitles(
  rows: readonly ComparisonRow[] | undefined,
): ReadonlyMap<string, SpecSummary> | undefined {
  const key = [...new Set((rows ?? []).flatMap((row) => [row.leftId, row.rightId]))].sort().join('\n');
  return useLiveQuery(async () => {
    const ids = key ? key.split('\n') : [];
    const summaries = await db.summaries.bulkGet(ids);
    return new Map(summaries.flatMap((summary) => (summary ? [[summary.id, summary] as const] : [])));
  }, [key]);
}
