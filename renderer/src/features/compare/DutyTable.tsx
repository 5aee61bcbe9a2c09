import type { DutyReportRow } from '../../../../shared/report';
import { DutyRow } from './DutyRow';

type DutyTableProps = Readonly<{
  rows: readonly DutyReportRow[];
  hiddenSame: number;
  titleA: string;
  titleB: string;
  noteOf: (rowKey: string) => string;
  onUnlink: (a: number, b: number) => void;
  onNote: (rowKey: string, text: string) => void;
}>;

/** Duties aligned pair by pair: A on the left, B on the right, the relation between them in the middle. */
export function DutyTable({ rows, hiddenSame, titleA, titleB, noteOf, onUnlink, onNote }: DutyTableProps) {
  return (
    <>
      {hiddenSame > 0 && <p className="muted">{hiddenSame} identical duty rows hidden (differences only).</p>}
      <table className="compare-table duty-table">
        <caption>Duties</caption>
        <thead>
          <tr>
            <th scope="col">A #</th>
            <th scope="col">{titleA}</th>
            <th scope="col">Relation</th>
            <th scope="col">{titleB}</th>
            <th scope="col">B #</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <DutyRow key={row.rowKey} row={row} note={noteOf(row.rowKey)} onUnlink={onUnlink} onNote={onNote} />
          ))}
        </tbody>
      </table>
    </>
  );
}
