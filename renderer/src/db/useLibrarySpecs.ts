import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { SpecSummary } from './types';

/** The latest version of every class, by title; undefined while loading. */
export function useLibrarySpecs(): readonly SpecSummary[] | undefined {
  return useLiveQuery(() => db.summaries.where('isLatest').equals(1).sortBy('title'), []);
}
