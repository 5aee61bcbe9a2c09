import { useMemo, useState } from 'react';
import { routeToHash } from '../../routing';
import { useLibrarySpecs } from '../../db';
import { ClassList } from './ClassList';
import { collectEmployers, collectFamilies, filterClasses, NO_FILTER, type LibraryFilter } from './filterClasses';
import { LibraryFilters } from './LibraryFilters';
import { LibraryToolbar } from './LibraryToolbar';
import { useSearchIndex } from './useSearchIndex';

export function LibraryView() {
  const classes = useLibrarySpecs();
  const { search, revision, indexedCount, problem } = useSearchIndex(classes);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [selected, setSelected] = useState(0);

  const employers = useMemo(() => collectEmployers(classes ?? []), [classes]);
  const families = useMemo(() => collectFamilies(classes ?? []), [classes]);
  const hits = useMemo(
    () => (query.trim() ? search(query) : null),
    // The index is mutable: revision says it changed, so the same query may now find more.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [search, query, revision],
  );
  const shown = useMemo(() => filterClasses(classes ?? [], filter, families, hits), [classes, filter, families, hits]);
  const selectedIndex = Math.min(selected, Math.max(shown.length - 1, 0));
  const total = classes?.length ?? 0;
  const isIndexing = indexedCount < total;

  const openSelected = (): void => {
    const summary = shown[selectedIndex];
    if (summary) window.location.hash = routeToHash({ name: 'spec', specId: summary.id });
  };
  const focusSelected = (): void => {
    document.querySelector<HTMLAnchorElement>(`.class-list [data-index="${selectedIndex}"] .class-row__title`)?.focus();
  };

  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">Library</h1>
      <LibraryToolbar
        query={query}
        onQueryChange={(value) => {
          setQuery(value);
          setSelected(0);
        }}
        onSubmit={openSelected}
        onArrowDown={focusSelected}
      />
      <LibraryFilters
        filter={filter}
        employers={employers}
        families={families}
        onChange={(next) => {
          setFilter(next);
          setSelected(0);
        }}
      />
      <p className="library__count" role="status">
        {classes === undefined
          ? 'Loading the library…'
          : `${shown.length} of ${total} classes${isIndexing ? ` · preparing search: ${indexedCount} of ${total} indexed` : ''}${problem ? ` · ${problem}` : ''}`}
      </p>
      {classes !== undefined && <ClassList classes={shown} selected={selectedIndex} onSelect={setSelected} />}
    </section>
  );
}
