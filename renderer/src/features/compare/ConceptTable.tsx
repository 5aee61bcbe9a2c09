import type { ConceptReportRow } from '../../../../shared/report';
import { DiffText } from './DiffText';

type ConceptTableProps = Readonly<{ rows: readonly ConceptReportRow[]; titleA: string; titleB: string }>;

/** Summary and distinguishing characteristics side by side: they drive allocation, so they come before duties. */
export function ConceptTable({ rows, titleA, titleB }: ConceptTableProps) {
  if (rows.length === 0) return <p className="muted">Neither class states a summary or distinguishing characteristics.</p>;
  return (
    <table className="compare-table concept-table">
      <caption>Class concept</caption>
      <thead>
        <tr><th scope="col">Section</th><th scope="col">{titleA}</th><th scope="col">{titleB}</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind}>
            <th scope="row">{row.heading}</th>
            <td><DiffText segments={row.left} /></td>
            <td><DiffText segments={row.right} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
