import { useId, useState } from 'react';
import { routeToHash } from '../../routing';
import { type ComparisonRow, deleteComparison, renameComparison, type SpecSummary } from '../../db';

type SavedComparisonItemProps = Readonly<{
  row: ComparisonRow & { id: number };
  left: SpecSummary | undefined;
  right: SpecSummary | undefined;
}>;

const classLabel = (summary: SpecSummary | undefined): string =>
  summary
    ? `${summary.title}${summary.isLatest ? '' : ` (version ${summary.version})`}`
    : 'Class no longer in the library';

const formatDate = (time: number): string =>
  new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One saved comparison: open it as saved, rename it, or delete it (after confirming). */
export function SavedComparisonItem({ row, left, right }: SavedComparisonItemProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const noteCount = row.notes.filter((note) => note.text.trim()).length;
  return (
    <tr>
      <td>
        {draft === null ? (
          <a href={routeToHash({ name: 'compare', a: row.leftId, b: row.rightId, savedId: row.id })}>{row.name}</a>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void renameComparison(row.id, draft, Date.now()).then(() => setDraft(null));
            }}
          >
            <label htmlFor={id} className="visually-hidden">
              New name for {row.name}
            </label>
            <input id={id} value={draft} onChange={(event) => setDraft(event.target.value)} autoFocus />
            <button type="submit">Save name</button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </form>
        )}
      </td>
      <td>
        {classLabel(left)} <span className="muted">vs</span> {classLabel(right)}
      </td>
      <td className="num">{noteCount}</td>
      <td className="num">{row.overrides.length}</td>
      <td>{formatDate(row.createdAt)}</td>
      <td>{formatDate(row.updatedAt)}</td>
      <td>
        <button type="button" onClick={() => setDraft(row.name)} aria-label={`Rename ${row.name}`}>
          Rename
        </button>{' '}
        {isConfirming ? (
          <>
            <button
              type="button"
              onClick={() => void deleteComparison(row.id)}
              aria-label={`Confirm delete ${row.name}`}
            >
              Confirm delete
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} aria-label={`Delete ${row.name}`}>
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}
