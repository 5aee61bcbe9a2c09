import { useState } from 'react';
import {
  CONFIDENCE_LEVELS,
  FLSA_STATUSES,
  type Confidence,
  type Study,
  type StudyDecision,
} from '../../../../shared/study';
import { type StudyRow } from '../../db';
import type { StudyData } from './useStudyData';

type DecisionFormProps = Readonly<{
  study: StudyRow;
  data: StudyData | undefined;
  onSave: (study: Study, what: string) => Promise<boolean>;
}>;

const FLSA_LABELS = { exempt: 'Exempt', 'non-exempt': 'Non-exempt' } as const;

/** The recommendation (class, grade, FLSA, effective date, confidence), its rationale and the analyst's notes. */
export function DecisionForm({ study, data, onSave }: DecisionFormProps) {
  const [decision, setDecision] = useState<StudyDecision>(study.decision);
  const [notes, setNotes] = useState(study.notes);
  const set = (patch: Partial<StudyDecision>): void => setDecision({ ...decision, ...patch });
  const titleOf = (id: string): string => data?.specs.get(id)?.title ?? 'Class no longer in the library';
  const best = data?.matrix?.bestFitId;

  const recommend = (id: string): void => {
    const grade = decision.grade || (id ? (data?.specs.get(id)?.spec.grade ?? '') : '');
    set({ recommendedClassId: id || null, grade });
  };

  return (
    <section className="study-section" aria-labelledby="study-decision">
      <h2 id="study-decision">Decision</h2>
      {best && <p className="muted">Best fit by duties and factor levels: {titleOf(best)}.</p>}
      <form
        className="study-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(
            {
              ...study,
              decision: { ...decision, rationale: decision.rationale.trim() },
              notes: notes.trim(),
            },
            'the decision',
          );
        }}
      >
        <label className="field">
          Recommended class
          <select value={decision.recommendedClassId ?? ''} onChange={(event) => recommend(event.target.value)}>
            <option value="">— not decided —</option>
            {study.candidates.map((candidate) => (
              <option key={candidate.specId} value={candidate.specId}>
                {titleOf(candidate.specId)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Grade
          <input type="text" value={decision.grade} onChange={(event) => set({ grade: event.target.value })} />
        </label>
        <label className="field">
          FLSA status
          <select
            value={decision.flsa ?? ''}
            onChange={(event) =>
              set({
                flsa: event.target.value === '' ? null : (event.target.value as StudyDecision['flsa']),
              })
            }
          >
            <option value="">— not set —</option>
            {FLSA_STATUSES.map((status) => (
              <option key={status} value={status}>
                {FLSA_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Effective date
          <input
            type="date"
            value={decision.effectiveDate}
            onChange={(event) => set({ effectiveDate: event.target.value })}
          />
        </label>
        <label className="field">
          Confidence
          <select
            value={decision.confidence ?? ''}
            onChange={(event) =>
              set({
                confidence: event.target.value === '' ? null : (event.target.value as Confidence),
              })
            }
          >
            <option value="">— not set —</option>
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level[0]?.toUpperCase() + level.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Rationale
          <textarea value={decision.rationale} onChange={(event) => set({ rationale: event.target.value })} />
        </label>
        <label className="field">
          Analyst’s notes
          <textarea value={notes} onChange={(event) => setNotes(event.target.value)} />
        </label>
        <button type="submit">Save decision</button>
      </form>
    </section>
  );
}
