import { levelText, type SeriesReport } from '../../../../shared/report';

type PrintableSeriesProps = Readonly<{ report: SeriesReport }>;

/** The ladder's printout: the same content as shared/report's series HTML document. */
export function PrintableSeries({ report }: PrintableSeriesProps) {
  const headers = report.columns.map((column, index) => (
    <th key={index}>
      {column.title}
      <br />
      <span className="rc-muted">{[column.code, column.grade ? `grade ${column.grade}` : null].filter(Boolean).join(' · ')}</span>
    </th>
  ));
  return (
    <>
      <h1>{report.name}</h1>
      <p className="rc-muted">Printed {report.generatedOn} · classes ordered by grade · shading darker for higher levels</p>
      <section aria-label="Factors">
        <h2>Factors</h2>
        <table>
          <thead><tr><th style={{ width: '14%' }}>Factor</th>{headers}</tr></thead>
          <tbody>
            {report.factors.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, index) =>
                  cell ? (
                    <td key={index} className={`rc-heat-${cell.heat}`}>
                      <strong>{levelText(cell.level, cell.scaleSize, cell.label)}</strong>
                      {cell.flags.map((flag) => <div key={flag} className="rc-flag">{flag}</div>)}
                    </td>
                  ) : (
                    <td key={index} className="rc-muted">not stated</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {report.findings.length > 0 ? (
        <section aria-label="Findings"><h2>Findings</h2><ul>{report.findings.map((finding) => <li key={finding}>{finding}</li>)}</ul></section>
      ) : (
        <p>No inversions or repeated factor statements.</p>
      )}
      <section aria-label="Duties">
        <h2>Duties by class</h2>
        <table>
          <thead><tr><th style={{ width: '34%' }}>Duty</th>{headers}</tr></thead>
          <tbody>
            {report.duties.map((row, rowIndex) => (
              <tr key={rowIndex}>
                <td>{row.text}</td>
                {row.cells.map((cell, index) => (cell === null ? <td key={index} className="rc-muted">—</td> : <td key={index}>✓ duty {cell + 1}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
