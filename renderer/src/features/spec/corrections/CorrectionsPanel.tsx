import { describeCorrection, type Correction, type OrphanReason } from '../../../../../shared/corrections';
import type { CorrectedStoredSpec } from '../../../db';
import type { CorrectionActions } from './useCorrectionActions';

type CorrectionsPanelProps = Readonly<{
  stored: CorrectedStoredSpec;
  actions: CorrectionActions;
}>;

const ORPHAN_TEXT: Readonly<Record<OrphanReason, string>> = {
  passage_not_found: 'the passage it corrects is not in this version',
  nothing_to_correct: 'nothing at its passage to correct in this version',
};

function madeOn(correction: Correction, stored: CorrectedStoredSpec): string {
  const date = new Date(correction.createdAt).toLocaleString();
  return correction.origin.specId === stored.id ? date : `${date}, on version ${correction.origin.version}`;
}

/** The analyst's corrections of this version: applied, and orphaned ones kept until the analyst removes them. */
export function CorrectionsPanel({ stored, actions }: CorrectionsPanelProps) {
  const { applied, orphaned } = stored.corrections;
  return (
    <section aria-labelledby="corrections-title" className="corrections-panel">
      <h2 id="corrections-title">Corrections ({applied.length})</h2>
      <div className="correction-form__buttons">
        <button type="button" disabled={!actions.canUndo} onClick={() => void actions.undo()}>
          Undo last correction
        </button>
        <button type="button" disabled={!actions.canRedo} onClick={() => void actions.redo()}>
          Redo
        </button>
      </div>
      {actions.error && (
        <p role="alert" className="corrections-panel__error">
          {actions.error}
        </p>
      )}
      {applied.length === 0 && orphaned.length === 0 && <p>The record is as the parser read it.</p>}
      {applied.length > 0 && (
        <ol className="corrections-panel__list">
          {applied.map((correction) => (
            <li key={correction.id}>
              {describeCorrection(correction)} <span className="legend">({madeOn(correction, stored)})</span>{' '}
              <button
                type="button"
                onClick={() => void actions.remove(correction)}
                aria-label={`Remove correction: ${describeCorrection(correction)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      {orphaned.length > 0 && (
        <section aria-labelledby="orphaned-title" className="corrections-panel__orphaned">
          <h3 id="orphaned-title">Not applied to this version ({orphaned.length})</h3>
          <ul>
            {orphaned.map(({ correction, reason }) => (
              <li key={correction.id}>
                {describeCorrection(correction)}: {ORPHAN_TEXT[reason]}{' '}
                <span className="legend">({madeOn(correction, stored)})</span>{' '}
                <button
                  type="button"
                  onClick={() => void actions.remove(correction)}
                  aria-label={`Discard correction: ${describeCorrection(correction)}`}
                >
                  Discard
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
