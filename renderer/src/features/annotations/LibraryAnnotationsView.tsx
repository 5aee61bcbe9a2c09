import { useMemo, useState } from 'react';
import { routeToHash } from '../../routing';
import { useLibraryAnnotations } from '../../db';
import { shortQuote } from './AnnotationEditor';
import { filterAnnotations } from './filterAnnotations';
import { AnnotationDetails } from './AnnotationDetails';
import './annotations.css';

/** Every annotation in the library, searchable by note, tag and class. */
export function LibraryAnnotationsView() {
  const items = useLibraryAnnotations();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterAnnotations(items ?? [], query), [items, query]);
  return (
    <section aria-labelledby="library-annotations-title" className="library-annotations">
      <h1 id="library-annotations-title">Annotations</h1>
      <label htmlFor="annotation-search">Search notes, tags and classes</label>{' '}
      <input id="annotation-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      {items === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          <p role="status">
            {shown.length} of {items.length} annotations
          </p>
          <ul className="annotation-list">
            {shown.map(({ row, summary }) => (
              <li key={row.id} className={`annotation-list__item annotation-list__item--${row.color}`}>
                <p>
                  <a href={routeToHash({ name: 'spec', specId: row.specId })}>
                    {summary ? `${summary.title}${summary.code ? ` (${summary.code})` : ''}` : 'Deleted version'}
                  </a>
                  {summary?.employer ? ` · ${summary.employer}` : ''} · version {summary?.version ?? '?'}
                  {row.status === 'orphaned' ? ' · orphan' : ''}
                </p>
                <blockquote>“{shortQuote(row.target.quote.exact)}”</blockquote>
                <AnnotationDetails annotation={row} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
