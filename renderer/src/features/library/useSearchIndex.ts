import { useCallback, useEffect, useRef, useState } from 'react';
import {
  addToSpecIndex,
  createSpecIndex,
  removeFromSpecIndex,
  searchSpecIndex,
  type SearchHit,
  type SpecIndex,
} from '../../../../shared/search';
import { loadSearchDocuments, type SpecSummary } from '../../db';

// Small batches keep the page responsive while a large library is indexed after start-up.
const BATCH_SIZE = 100;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type SearchIndexState = Readonly<{
  search: (query: string) => readonly SearchHit[];
  indexedCount: number;
  /** Changes whenever the index changes, so results computed from it can be recomputed. */
  revision: number;
}>;

/** A full-text index over the listed classes, built in the background and updated as classes come and go. */
export function useSearchIndex(classes: readonly SpecSummary[] | undefined): SearchIndexState {
  const indexRef = useRef<SpecIndex | null>(null);
  const indexedIds = useRef(new Set<string>());
  const [status, setStatus] = useState({ revision: 0, indexedCount: 0 });

  useEffect(() => {
    if (!classes) return;
    const index = (indexRef.current ??= createSpecIndex());
    const bump = (): void => setStatus((old) => ({ revision: old.revision + 1, indexedCount: indexedIds.current.size }));
    const wanted = new Set(classes.map((summary) => summary.id));
    const gone = [...indexedIds.current].filter((id) => !wanted.has(id));
    removeFromSpecIndex(index, gone);
    for (const id of gone) indexedIds.current.delete(id);
    if (gone.length) bump();
    const pending = [...wanted].filter((id) => !indexedIds.current.has(id));
    let isStale = false;
    void (async () => {
      for (let start = 0; start < pending.length && !isStale; start += BATCH_SIZE) {
        const documents = await loadSearchDocuments(pending.slice(start, start + BATCH_SIZE));
        if (isStale) return;
        addToSpecIndex(index, documents);
        for (const document of documents) indexedIds.current.add(document.id);
        bump();
        await nextTask();
      }
    })();
    return () => {
      isStale = true;
    };
  }, [classes]);

  const search = useCallback((query: string) => (indexRef.current ? searchSpecIndex(indexRef.current, query) : []), []);
  return { search, ...status };
}
