import type { SeriesReport } from './seriesReport';
import type { SheetColumn, SheetModel } from './sheet';

/** The ladder's factor table (a level and a label per class) and its duty table, one sheet each. */
export function buildSeriesSheets(report: SeriesReport): SheetModel[] {
  const factorColumns: SheetColumn[] = [
    { header: 'Factor', width: 24 },
    ...report.columns.flatMap((column): SheetColumn[] => [
      { header: `${column.title} level`, width: 10, format: 'integer' },
      { header: `${column.title} label`, width: 22 },
    ]),
    { header: 'Flags', width: 60 },
  ];
  return [
    {
      name: 'Series factors',
      columns: factorColumns,
      rows: report.factors.map((row) => [
        row.name,
        ...row.cells.flatMap((cell) => [cell?.level ?? null, cell?.label ?? null]),
        row.cells
          .flatMap((cell, column) =>
            (cell?.flags ?? []).map((flag) => `${report.columns[column]?.title ?? ''}: ${flag}`),
          )
          .join('; ') || null,
      ]),
    },
    {
      name: 'Series duties',
      columns: [
        { header: 'Duty', width: 70 },
        ...report.columns.map((column): SheetColumn => ({
          header: `${column.title} duty #`,
          width: 12,
          format: 'integer',
        })),
      ],
      rows: report.duties.map((row) => [row.text, ...row.cells.map((cell) => (cell === null ? null : cell + 1))]),
    },
  ];
}
