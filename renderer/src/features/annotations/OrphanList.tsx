import type { AnnotationRow, SpecSummary } from '../../db';
import { shortQuote } from './AnnotationEditor';

type OrphanListProps = Readonly<{
  orphans: readonly AnnotationRow[];
  versions: readonly SpecSummary[];
  reattachingId: number | null;
  onReattach: (row: AnnotationRow) => void;
  onDismiss: (row: AnnotationRow) => void;
}>;

function versionLabel(versions: readonly SpecSummary[], specId: string | undefined): string {
  const version = versions.find((candidate) => candidate.id === specId);
  return version ? `version ${version.version} (${version.sourceName})` : 'a deleted version';
}

/** Notes of this class whose text was not found for certain in a newer version: never dropped, re-attached or dismissed by the analyst. */
export function OrphanList({ orphans, versions, reattachingId, onReattach, onDismiss }: OrphanListProps) {
  if (orphans.length === 0) return null;
  return (
    <section className="orphan-list" aria-labelledby="orphans-title">
      <h3 id="orphans-title">Orphans ({orphans.length})</h3>
      <p className="annotation-panel__hint">
        Their text was changed or removed in a newer version. Re-attach each to new text, or dismiss it.
      </p>
      <ul>
        {orphans.map((row) => (
          <li key={row.id} className={`annotation-list__item annotation-list__item--${row.color}`}>
            <blockquote>“{shortQuote(row.target.quote.exact)}”</blockquote>
            {row.note && <p className="annotation-list__note">{row.note}</p>}
            <p className="annotation-list__meta">
              Made on version {row.madeOnVersion}; last found on {versionLabel(versions, row.specId)}; lost in{' '}
              {versionLabel(versions, row.orphanedOnSpecId)}
            </p>
            <div className="annotation-list__actions">
              <button type="button" aria-pressed={reattachingId === row.id} onClick={() => onReattach(row)}>
                Re-attach<span className="visually-hidden">: {shortQuote(row.target.quote.exact, 40)}</span>
              </button>
              <button type="button" onClick={() => onDismiss(row)}>
                Dismiss<span className="visually-hidden">: {shortQuote(row.target.quote.exact, 40)}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
