import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { SpecSummary } from './types';

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every version of every class for the compare pickers: by title, the latest version of a class first, then older ones newest first. */
export function useCompareChoices(): readonly SpecSummary[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.summaries.toArray()).sort(
        (a, b) =>
          byTitle.compare(a.title, b.title) ||
          a.classKey.localeCompare(b.classKey) ||
          b.isLatest - a.isLatest ||
          b.version - a.version,
      ),
    [],
  );
}
