import { type ComparisonReport, displayTitle, type FactorSide, labelText, levelText } from '../../../../shared/report';
import type { SpecHeader } from '../../../../shared/compare';
import { DiffText } from '../../components';
import { NoteRefs } from './NoteRefs';
import { ReportLegend } from './ReportLegend';

type PrintableComparisonProps = Readonly<{ report: ComparisonReport }>;

function HeaderCells({ header }: Readonly<{ header: SpecHeader }>) {
  return (
    <>
      {[header.title, header.code, header.grade, header.jurisdiction].map((value, index) => (
        <td key={index}>{value ?? '—'}</td>
      ))}
    </>
  );
}

function FactorCells({ side }: Readonly<{ side: FactorSide | null }>) {
  if (!side) return <td colSpan={2} className="rc-muted">not stated</td>;
  return (
    <>
      <td>
        {levelText(side.level, side.scaleSize)}
        <br />
        <span className="rc-muted">{side.label}</span>
      </td>
      <td className="rc-evidence">{side.evidence}</td>
    </>
  );
}

/** The printout of a comparison: the same sections, order and rules as shared/report's HTML document. */
export function PrintableComparison({ report }: PrintableComparisonProps) {
  const titleA = displayTitle(report.a, 'Class A');
  const titleB = displayTitle(report.b, 'Class B');
  return (
    <>
      <section className="rc-keep" aria-label="Summary">
        <h1>{report.name}</h1>
        <p className="rc-muted">Printed {report.generatedOn}{report.differencesOnly ? ' · differences only' : ''}</p>
        <table>
          <thead><tr><th style={{ width: '6%' }} /><th>Title</th><th style={{ width: '12%' }}>Code</th><th style={{ width: '10%' }}>Grade</th><th>Employer</th></tr></thead>
          <tbody>
            <tr><th scope="row">A</th><HeaderCells header={report.a} /></tr>
            <tr><th scope="row">B</th><HeaderCells header={report.b} /></tr>
          </tbody>
        </table>
        <h2>Coverage</h2>
        <p>
          <span className="rc-verdict">{report.verdictText}</span> at a {report.coverage.threshold} threshold. Duties of A found in B: <strong>{report.coverage.aInB}</strong> · duties of B found in A:{' '}
          <strong>{report.coverage.bInA}</strong> <span className="rc-muted">(other duties: {report.coverage.otherAInB} / {report.coverage.otherBInA})</span>
        </p>
      </section>
      {report.factors.length > 0 && (
        <section aria-label="Factors">
          <h2>Factors</h2>
          <table>
            <thead><tr><th style={{ width: '13%' }}>Factor</th><th style={{ width: '12%' }}>Level A</th><th>Evidence A</th><th style={{ width: '11%' }}>Change</th><th style={{ width: '12%' }}>Level B</th><th>Evidence B</th></tr></thead>
            <tbody>
              {report.factors.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name}<NoteRefs numbers={row.noteNumbers} /></th>
                  <FactorCells side={row.a} />
                  <td className="rc-label">{row.delta.symbol} {row.delta.text}</td>
                  <FactorCells side={row.b} />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ReportLegend />
      {report.concept.length > 0 && (
        <section aria-label="Class concept">
          <h2>Class concept</h2>
          <table>
            <thead><tr><th style={{ width: '13%' }}>Section</th><th>{titleA}</th><th>{titleB}</th></tr></thead>
            <tbody>
              {report.concept.map((row) => (
                <tr key={row.kind}>
                  <th scope="row">{row.heading}<NoteRefs numbers={row.noteNumbers} /></th>
                  <td><DiffText segments={row.left} /></td>
                  <td><DiffText segments={row.right} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-label="Duties">
        <h2>Duties</h2>
        {report.hiddenSameDuties > 0 && <p className="rc-muted">{report.hiddenSameDuties} identical duty rows not shown.</p>}
        <table>
          <thead><tr><th style={{ width: '4%' }}>A</th><th>{titleA}</th><th style={{ width: '11%' }}>Relation</th><th style={{ width: '6%' }}>Score</th><th style={{ width: '4%' }}>B</th><th>{titleB}</th></tr></thead>
          <tbody>
            {report.duties.map((row) => (
              <tr key={row.rowKey} className={row.numberA === null || row.numberB === null ? 'rc-only' : undefined}>
                <td className="rc-num">{row.numberA ?? '—'}</td>
                <td><DiffText segments={row.left} /></td>
                <td className="rc-label">
                  {row.labels.map((label) => <div key={label}>{labelText(label)}</div>)}
                  {row.isRewritten && <div className="rc-muted">rewritten</div>}
                  <NoteRefs numbers={row.noteNumbers} />
                </td>
                <td className="rc-num">{row.score === null ? '—' : `${Math.round(row.score * 100)}%`}</td>
                <td className="rc-num">{row.numberB ?? '—'}</td>
                <td><DiffText segments={row.right} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {report.footnotes.length > 0 && (
        <section aria-label="Analyst notes">
          <h2>Analyst notes</h2>
          <ol>
            {report.footnotes.map((note) => (
              <li key={note.number} value={note.number} className="rc-keep"><strong>{note.place}:</strong> {note.text}</li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
