import { useMemo } from 'react';
import { buildSeriesLadder, compareSpecs } from '../../../../shared/compare';
import { buildSeriesReport, chainDutyRows, type SeriesReport } from '../../../../shared/report';
import type { StoredSpec } from '../../db';
import { useActivityModel } from '../../engine';
import type { LadderRung } from './SeriesPairLinks';

export type SeriesLadderView = Readonly<{ report: SeriesReport; rungs: readonly LadderRung[] }>;

const today = (): string =>
  new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

/** The ladder of the given classes: grade order, inversions, repeated statements, duties followed up the ladder, and the classes in ladder order. */
export function useSeriesReport(stored: readonly StoredSpec[], name: string): SeriesLadderView | null {
  const { model: activities, error } = useActivityModel();
  const ready = activities !== null || error !== null;
  return useMemo(() => {
    if (stored.length === 0 || !ready) return null;
    const specs = stored.map((row) => row.spec);
    const ladder = buildSeriesLadder(specs);
    const ordered = ladder.order.map((index) => specs[index]).filter((spec) => spec !== undefined);
    const adjacent = ordered
      .slice(1)
      .map((spec, column) => compareSpecs(ordered[column] ?? spec, spec, activities ? { activities } : {}).duties);
    const dutyRows = chainDutyRows(
      ordered.map((spec) => spec.duties.map((duty) => duty.text)),
      adjacent,
    );
    const report = buildSeriesReport({ name, generatedOn: today(), specs, ladder, dutyRows });
    const rungs = ladder.order.flatMap((index, column) => {
      const row = stored[index];
      return row ? [{ id: row.id, title: report.columns[column]?.title ?? row.spec.title ?? row.id }] : [];
    });
    return { report, rungs };
  }, [stored, name, ready, activities]);
}
