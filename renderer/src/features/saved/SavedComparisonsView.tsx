import type { Route } from '../../routing';
import { type ComparisonRow, useSavedComparisons, useSavedComparisonTitles } from '../../db';
import { SavedComparisonItem } from './SavedComparisonItem';
import '../../components/tables.css';
import '../../components/comparisonHeader.css';

type SavedComparisonsViewProps = Readonly<{ route: Route }>;

const hasId = (row: ComparisonRow): row is ComparisonRow & { id: number } => row.id !== undefined;

/** #/saved: every saved comparison with its notes count and dates. */
export function SavedComparisonsView(_props: SavedComparisonsViewProps) {
  const rows = useSavedComparisons();
  const byId = useSavedComparisonTitles(rows);
  return (
    <section className="saved-view" aria-labelledby="saved-title">
      <h1 id="saved-title">Saved comparisons</h1>
      {rows === undefined ? (
        <p role="status">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted">
          No saved comparisons yet. Compare two classes: your first link, unlink or note saves the comparison.
        </p>
      ) : (
        <table className="compare-table">
          <caption className="visually-hidden">Saved comparisons, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Classes</th>
              <th scope="col">Notes</th>
              <th scope="col">Overrides</th>
              <th scope="col">Created</th>
              <th scope="col">Changed</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.filter(hasId).map((row) => (
              <SavedComparisonItem key={row.id} row={row} left={byId?.get(row.leftId)} right={byId?.get(row.rightId)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
