import { levelText, type SeriesReport } from '../../../../shared/report';

type SeriesFactorTableProps = Readonly<{ report: SeriesReport }>;

/** Factor levels as a heat-map (shade plus the level and label in words), flags spelled out in the cell. */
export function SeriesFactorTable({ report }: SeriesFactorTableProps) {
  return (
    <table className="compare-table series-table">
      <caption>Factor levels by grade (darker = higher level)</caption>
      <thead>
        <tr>
          <th scope="col">Factor</th>
          {report.columns.map((column, index) => (
            <th scope="col" key={index}>
              {column.title}
              <br />
              <span className="muted">
                {[column.code, column.grade ? `grade ${column.grade}` : null].filter(Boolean).join(' · ')}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.factors.map((row) => (
          <tr key={row.key} className={row.flagged ? 'is-flagged' : undefined}>
            <th scope="row">
              {row.name}
              {row.flagged && (
                <span className="flag-mark">
                  {' '}
                  <span aria-hidden="true">⚑</span> flagged
                </span>
              )}
            </th>
            {row.cells.map((cell, index) =>
              cell ? (
                <td key={index} className={`heat heat-${cell.heat}`} title={cell.text}>
                  <strong>{levelText(cell.level, cell.scaleSize, cell.label, cell.basis)}</strong>
                  {cell.flags.map((flag) => (
                    <div key={flag} className="series-flag">
                      {flag}
                    </div>
                  ))}
                </td>
              ) : (
                <td key={index} className="muted">
                  not stated
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
