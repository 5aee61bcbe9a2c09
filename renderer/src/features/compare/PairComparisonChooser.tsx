import { useId } from 'react';
import { navigate } from '../../routing';
import type { ComparisonRow } from '../../db';

type PairComparisonChooserProps = Readonly<{ rows: readonly ComparisonRow[]; currentId: number | undefined }>;

const changedOn = (row: ComparisonRow): string => new Date(row.updatedAt).toLocaleString();

/** Picks one of several saved comparisons of the same pair (the latest opens by default). */
export function PairComparisonChooser({ rows, currentId }: PairComparisonChooserProps) {
  const id = useId();
  return (
    <p className="pair-chooser">
      <label htmlFor={id}>{rows.length} saved comparisons of these classes:</label>{' '}
      <select
        id={id}
        value={currentId ?? ''}
        onChange={(event) => {
          const row = rows.find((candidate) => candidate.id === Number(event.target.value));
          if (row?.id !== undefined) navigate({ name: 'compare', a: row.leftId, b: row.rightId, savedId: row.id });
        }}
      >
        {currentId === undefined && <option value="">Choose…</option>}
        {rows.map((row) => (
          <option key={row.id} value={row.id}>
            {row.name} — changed {changedOn(row)}
          </option>
        ))}
      </select>
    </p>
  );
}
