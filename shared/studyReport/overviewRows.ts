import type { StudyReport } from './studyReport';

/** One row of the candidates overview: its label and one value per candidate column. */
export type OverviewRow = Readonly<{ label: string; values: readonly string[] }>;

/** The candidates overview's rows, in print order: the one list the HTML and DOCX reports both render. */
export function overviewRows(overview: StudyReport['overview']): OverviewRow[] {
  const { columns, weightedByTime } = overview;
  const row = (label: string, values: readonly string[]): OverviewRow => ({ label, values });
  return [
    row(
      'Role',
      columns.map((column) => column.roles || '—'),
    ),
    row(
      weightedByTime ? 'Position’s time found in class' : 'Position’s duties found in class',
      columns.map((column) => column.positionInClass),
    ),
    row(
      'Class duties performed',
      columns.map((column) => column.classInPosition),
    ),
    row(
      'Verdict',
      columns.map((column) => column.verdict),
    ),
    row(
      weightedByTime ? 'Time on duties not in class' : 'Duties not in class',
      columns.map((column) => column.unmatchedTime),
    ),
    ...overview.factorRows.map((factor) => row(`${factor.name} (position: ${factor.subject})`, factor.cells)),
  ];
}
