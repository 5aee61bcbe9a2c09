import { useCallback, useEffect, useState } from 'react';
import {
  addToSpecIndex,
  indexedIds,
  indexedStamp,
  isIndexed,
  removeFromSpecIndex,
  searchSpecIndex,
  type SearchHit,
  type SpecIndex,
} from '../../../../shared/search';
import { loadSearchDocuments, useSearchStamps, type SpecSummary } from '../../db';
import { librarySearchIndex, saveLibrarySearchIndexSoon } from './librarySearchIndex';

// Small batches keep the page responsive while a large library is indexed.
const BATCH_SIZE = 100;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type SearchIndexState = Readonly<{
  search: (query: string) => readonly SearchHit[];
  /** Listed classes that search can find (those indexed from an older parse or before a correction count too). */
  indexedCount: number;
  /** Changes whenever the index changes, so results computed from it can be recomputed. */
  revision: number;
  /** Why the index could not be read from the library or saved, if that happened. */
  problem: string | null;
}>;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A full-text index over the listed classes: read from its saved copy, then brought up to date in
 * the background (classes added, removed, re-parsed or corrected since) and saved again.
 */
export function useSearchIndex(classes: readonly SpecSummary[] | undefined): SearchIndexState {
  const stamps = useSearchStamps(classes);
  const [index, setIndex] = useState<SpecIndex | null>(null);
  const [status, setStatus] = useState({ revision: 0, indexedCount: 0, problem: null as string | null });

  useEffect(() => {
    let isStale = false;
    void librarySearchIndex().then((loaded) => {
      if (!isStale) setIndex(loaded);
    });
    return () => {
      isStale = true;
    };
  }, []);

  useEffect(() => {
    if (!index || !stamps) return;
    const bump = (problem: string | null = null): void => {
      let ready = 0;
      for (const id of stamps.keys()) if (isIndexed(index, id)) ready += 1;
      setStatus((old) => ({ revision: old.revision + 1, indexedCount: ready, problem }));
    };
    const onSaved = (problem: string | null): void => {
      if (problem)
        setStatus((old) => ({
          ...old,
          problem: `the search index could not be saved (${problem}); it is rebuilt on the next start`,
        }));
    };
    const gone = indexedIds(index).filter((id) => !stamps.has(id));
    removeFromSpecIndex(index, gone);
    // Classes search cannot find yet come first; those only indexed from an older text follow.
    const pending = [...stamps]
      .filter(([id, stamp]) => indexedStamp(index, id) !== stamp)
      .map(([id]) => id)
      .sort((a, b) => Number(isIndexed(index, a)) - Number(isIndexed(index, b)));
    bump();
    if (gone.length > 0 && pending.length === 0) saveLibrarySearchIndexSoon(index, onSaved);
    if (pending.length === 0) return;
    let isStale = false;
    void (async () => {
      for (let start = 0; start < pending.length && !isStale; start += BATCH_SIZE) {
        const documents = await loadSearchDocuments(pending.slice(start, start + BATCH_SIZE));
        if (isStale) return;
        addToSpecIndex(index, documents, (id) => stamps.get(id) ?? null);
        bump();
        await nextTask();
      }
      if (!isStale) saveLibrarySearchIndexSoon(index, onSaved);
    })().catch((error: unknown) => {
      if (!isStale) bump(`search could not read the library (${describe(error)})`);
    });
    return () => {
      isStale = true;
    };
  }, [index, stamps]);

  const search = useCallback((query: string) => (index ? searchSpecIndex(index, query) : []), [index]);
  return { search, ...status };
}
