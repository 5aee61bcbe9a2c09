import { ROW_LABELS, type DutyReportRow } from '../../../../shared/report';
import { DiffText } from '../../components';
import { CompareSideText } from '../annotations';
import { NoteEditor } from './NoteEditor';

type DutyRowProps = Readonly<{
  row: DutyReportRow;
  note: string;
  onUnlink: (a: number, b: number) => void;
  onNote: (rowKey: string, text: string) => void;
}>;

const rowName = (row: DutyReportRow): string =>
  [row.numberA === null ? null : `duty A${row.numberA}`, row.numberB === null ? null : `B${row.numberB}`]
    .filter(Boolean)
    .join(' and ');

/** An aligned pair on one row (or a duty only one class states), its relation in words and glyphs, and the analyst's actions. */
export function DutyRow({ row, note, onUnlink, onNote }: DutyRowProps) {
  const isOnly = row.numberA === null || row.numberB === null;
  const classes = [isOnly ? 'is-only' : '', row.isDifference ? 'is-difference' : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes || undefined} data-row-key={row.rowKey} tabIndex={-1}>
      <td className="num">{row.numberA ?? '—'}</td>
      <td>
        <CompareSideText side="a" dutyIndex={row.numberA === null ? null : row.numberA - 1}>
          <DiffText segments={row.left} missing="Not in A" />
        </CompareSideText>
      </td>
      <td className="relation">
        <ul className="relation__labels">
          {row.labels.map((label) => (
            <li key={label} className={`relation-label relation-label--${label}`}>
              <span aria-hidden="true">{ROW_LABELS[label].icon} </span>
              {ROW_LABELS[label].text}
            </li>
          ))}
        </ul>
        {row.why !== null && <p className="relation__why">{row.why}</p>}
        {row.coveredBy !== null && <p className="relation__why relation__cover">{row.coveredBy}</p>}
        {row.isRewritten && (
          <span className="relation__score">worded differently: shown whole, shared terms marked</span>
        )}
      </td>
      <td>
        <CompareSideText side="b" dutyIndex={row.numberB === null ? null : row.numberB - 1}>
          <DiffText segments={row.right} missing="Not in B" />
        </CompareSideText>
      </td>
      <td className="num">{row.numberB ?? '—'}</td>
      <td className="actions">
        {!isOnly && row.numberA !== null && row.numberB !== null && (
          <button
            type="button"
            className="link-button"
            onClick={() => onUnlink((row.numberA ?? 1) - 1, (row.numberB ?? 1) - 1)}
            aria-label={`Unlink ${rowName(row)}`}
          >
            Unlink
          </button>
        )}
        <NoteEditor note={note} rowName={rowName(row)} onSave={(text) => onNote(row.rowKey, text)} />
      </td>
    </tr>
  );
}
