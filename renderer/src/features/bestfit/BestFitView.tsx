import { useMemo } from 'react';
import { formatPercent } from '../../../../shared/report';
import { navigate, type Route, routeToHash } from '../../routing';
import { useLibrarySpecs, useSpec, useSpecs } from '../../db';
import { SpecPicker } from '../../components';
import { useBestFit } from './useBestFit';
import '../../components/tables.css';
import '../../components/comparisonHeader.css';

type BestFitViewProps = Readonly<{ route: Route }>;

const LIMIT = 25;

/** #/bestfit/<specId>: the library's classes ranked against one spec (e.g. a position description). */
export function BestFitView({ route }: BestFitViewProps) {
  const specId = route.name === 'bestfit' ? route.specId : undefined;
  const summaries = useLibrarySpecs();
  const target = useSpec(specId);
  const ids = useMemo(() => (summaries ?? []).map((summary) => summary.id), [summaries]);
  const library = useSpecs(ids);
  const ranked = useBestFit(target, library, LIMIT);
  const byId = useMemo(() => new Map((summaries ?? []).map((summary) => [summary.id, summary])), [summaries]);

  return (
    <section className="bestfit-view" aria-labelledby="bestfit-title">
      <h1 id="bestfit-title">Best fit</h1>
      <SpecPicker
        label="Class or position description to place"
        summaries={summaries ?? []}
        selectedId={specId}
        onSelect={(id) => navigate({ name: 'bestfit', specId: id })}
      />
      {!specId ? (
        <p className="muted">Pick a class or a position description to rank the library's classes against it.</p>
      ) : target === null ? (
        <p role="alert">That class is no longer in the library.</p>
      ) : ranked === null ? (
        <p role="status">Ranking the library…</p>
      ) : (
        <table className="compare-table bestfit-table">
          <caption>Classes ranked by duty coverage and factor closeness to {target?.title ?? 'this class'}</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Class</th>
              <th scope="col">Grade</th>
              <th scope="col">Employer</th>
              <th scope="col">Duties covered</th>
              <th scope="col">Factor closeness</th>
              <th scope="col">Score</th>
              <th scope="col">Side by side</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((entry, index) => {
              const summary = byId.get(entry.id);
              const title = entry.title ?? summary?.title ?? 'Untitled class';
              return (
                <tr key={entry.id}>
                  <td className="num">{index + 1}</td>
                  <td>{title}</td>
                  <td>{summary?.grade || '—'}</td>
                  <td>{summary?.employer || '—'}</td>
                  <td className="num">{formatPercent(entry.coverage)}</td>
                  <td className="num">{formatPercent(entry.factorCloseness)}</td>
                  <td className="num">{Math.round(entry.score * 100)}</td>
                  <td>
                    <a
                      href={routeToHash({ name: 'compare', a: specId, b: entry.id })}
                      aria-label={`Compare with ${title}`}
                    >
                      Compare
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
