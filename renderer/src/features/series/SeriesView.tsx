import { useMemo } from 'react';
import { buildSeriesSheets, renderSeriesHtml } from '../../../../shared/report';
import { navigate, type Route } from '../../routing';
import { useLibrarySpecs, useSpecs } from '../../db';
import { ExportMenu } from '../export';
import { collectFamilies } from '../library';
import { familyMembers, findFamily } from './familyMembers';
import { SeriesDutyTable } from './SeriesDutyTable';
import { SeriesFactorTable } from './SeriesFactorTable';
import { SeriesPairLinks } from './SeriesPairLinks';
import { SeriesPicker } from './SeriesPicker';
import { useSeriesReport } from './useSeriesReport';
import '../../components/tables.css';
import '../../components/comparisonHeader.css';
import './series.css';

type SeriesViewProps = Readonly<{ route: Route }>;

/** #/series?family= or ?ids= : a class series as a ladder, factor by factor and duty by duty. */
export function SeriesView({ route }: SeriesViewProps) {
  const params: Readonly<{ specIds?: readonly string[]; family?: string }> = route.name === 'series' ? route : {};
  const summaries = useLibrarySpecs();
  const families = useMemo(() => collectFamilies(summaries ?? []), [summaries]);
  const family = findFamily(families, params.family);
  const selected = useMemo(() => {
    if (!summaries) return [];
    if (params.specIds) return params.specIds.flatMap((id) => summaries.filter((summary) => summary.id === id));
    return family ? familyMembers(summaries, family) : [];
  }, [summaries, params.specIds, family]);
  const stored = useSpecs(selected.map((summary) => summary.id));
  const specs = useMemo(() => (stored ?? []).filter((row) => row !== null), [stored]);
  const name = family ? `Class series: ${family.label}` : 'Class series';
  const ladder = useSeriesReport(specs, name);
  const report = ladder?.report ?? null;
  const sheets = useMemo(() => (report ? buildSeriesSheets(report) : []), [report]);

  return (
    <section className="series-view" aria-labelledby="series-title">
      <h1 id="series-title">Class series ladder</h1>
      <SeriesPicker
        summaries={summaries ?? []}
        families={families}
        familyKey={params.specIds ? undefined : family?.key}
        selected={selected}
        onFamily={(key) => navigate(key ? { name: 'series', family: key } : { name: 'series' })}
        onClasses={(ids) => navigate({ name: 'series', specIds: ids })}
      />
      {summaries === undefined || stored === undefined ? (
        <p role="status">Loading…</p>
      ) : !report ? (
        <p className="muted">Choose a job family or add classes to build the ladder.</p>
      ) : (
        <>
          <ExportMenu title={report.name} sheets={sheets} html={() => renderSeriesHtml(report)} />
          <SeriesFactorTable report={report} />
          <SeriesPairLinks rungs={ladder?.rungs ?? []} />
          <section className="series-findings" aria-label="Findings">
            <h2>Findings</h2>
            {report.findings.length === 0 ? (
              <p>No inversions or repeated factor statements.</p>
            ) : (
              <ul>
                {report.findings.map((finding) => (
                  <li key={finding}>{finding}</li>
                ))}
              </ul>
            )}
          </section>
          <SeriesDutyTable report={report} />
        </>
      )}
    </section>
  );
}
