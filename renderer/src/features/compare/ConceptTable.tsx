import type { ConceptReportRow } from '../../../../shared/report';
import { DiffText } from '../../components';
import { NoteEditor } from './NoteEditor';

type ConceptTableProps = Readonly<{
  rows: readonly ConceptReportRow[];
  titleA: string;
  titleB: string;
  noteOf: (rowKey: string) => string;
  onNote: (rowKey: string, text: string) => void;
}>;

/** Summary and distinguishing characteristics side by side: they drive allocation, so they come before duties. */
export function ConceptTable({ rows, titleA, titleB, noteOf, onNote }: ConceptTableProps) {
  if (rows.length === 0)
    return <p className="muted">Neither class states a summary or distinguishing characteristics.</p>;
  return (
    <table className="compare-table concept-table">
      <caption>Class concept</caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">{titleA}</th>
          <th scope="col">{titleB}</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind}>
            <th scope="row">{row.heading}</th>
            <td>
              <DiffText segments={row.left} />
            </td>
            <td>
              <DiffText segments={row.right} />
            </td>
            <td>
              <NoteEditor note={noteOf(row.rowKey)} rowName={row.heading} onSave={(text) => onNote(row.rowKey, text)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
