import type { SeriesReport } from '../../../../shared/report';

type SeriesDutyTableProps = Readonly<{ report: SeriesReport }>;

/** Each duty followed up the ladder: which classes state it (and as which of their duties). */
export function SeriesDutyTable({ report }: SeriesDutyTableProps) {
  return (
    <table className="compare-table series-duties">
      <caption>Duties by class</caption>
      <thead>
        <tr>
          <th scope="col">Duty (as first stated)</th>
          {report.columns.map((column, index) => (
            <th scope="col" key={index}>
              {column.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.duties.map((row, rowIndex) => (
          <tr key={rowIndex}>
            <td>{row.text}</td>
            {row.cells.map((cell, index) =>
              cell === null ? (
                <td key={index} className="muted">
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">not stated</span>
                </td>
              ) : (
                <td key={index} className="series-duties__present">
                  <span aria-hidden="true">✓ </span>duty {cell + 1}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
