import { useMemo } from 'react';
import { buildSeriesLadder, compareSpecs } from '../../../../shared/compare';
import { buildSeriesReport, chainDutyRows, type SeriesReport } from '../../../../shared/report';
import type { StoredSpec } from '../../db';
import { useActivityModel } from '../../engine';

const today = (): string => new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

/** The ladder of the given classes: grade order, inversions, repeated statements, and duties followed up the ladder. */
export function useSeriesReport(stored: readonly StoredSpec[], name: string): SeriesReport | null {
  const { model: activities, error } = useActivityModel();
  const ready = activities !== null || error !== null;
  return useMemo(() => {
    if (stored.length === 0 || !ready) return null;
    const specs = stored.map((row) => row.spec);
    const ladder = buildSeriesLadder(specs);
    const ordered = ladder.order.map((index) => specs[index]).filter((spec) => spec !== undefined);
    const adjacent = ordered.slice(1).map((spec, column) => compareSpecs(ordered[column] ?? spec, spec, activities ? { activities } : {}).duties);
    const dutyRows = chainDutyRows(ordered.map((spec) => spec.duties.map((duty) => duty.text)), adjacent);
    return buildSeriesReport({ name, generatedOn: today(), specs, ladder, dutyRows });
  }, [stored, name, ready, activities]);
}
