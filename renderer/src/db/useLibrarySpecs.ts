import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { SpecSummary } from './types';

// Titles come in every case ("CUSTOMER SERVICE SUPERVISOR", "Accounting Clerk"): sort as a reader would.
const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The latest version of every class, by title; undefined while loading. */
export function useLibrarySpecs(): readonly SpecSummary[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.summaries.where('isLatest').equals(1).toArray()).sort((a, b) => byTitle.compare(a.title, b.title)),
    [],
  );
}
