import { useState } from 'react';
import { setClassOfRecord, type Study } from '../../../../shared/study';
import { type SpecSummary, type StudyRow } from '../../db';
import { SpecPicker } from '../../components';

type RequestFormProps = Readonly<{
  study: StudyRow;
  summaries: readonly SpecSummary[];
  onSave: (study: Study, what: string) => Promise<boolean>;
}>;

const TEXT_FIELDS = [
  ['name', 'Study name'],
  ['caseNumber', 'Case number'],
  ['requester', 'Requested by'],
  ['positionNumber', 'Position number'],
  ['workingTitle', 'Working title'],
  ['department', 'Department'],
  ['preparer', 'Prepared by (analyst)'],
] as const;

type TextField = (typeof TEXT_FIELDS)[number][0];

/** The request: who asks, for which position, from which class to which; saved with one button. */
export function RequestForm({ study, summaries, onSave }: RequestFormProps) {
  const [draft, setDraft] = useState<Record<TextField, string>>(
    () => Object.fromEntries(TEXT_FIELDS.map(([field]) => [field, study[field]])) as Record<TextField, string>,
  );
  const pick = (role: 'current' | 'requested', id: string): void =>
    void onSave(setClassOfRecord(study, role, id), role === 'current' ? 'the current class' : 'the requested class');
  return (
    <section className="study-section" aria-labelledby="study-request">
      <h2 id="study-request">Request</h2>
      <form
        className="study-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave({ ...study, ...draft, name: draft.name.trim() || study.name }, 'the request');
        }}
      >
        {TEXT_FIELDS.map(([field, label]) => (
          <label key={field} className="field">
            {label}
            <input
              type="text"
              value={draft[field]}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
            />
          </label>
        ))}
        <button type="submit">Save request</button>
      </form>
      <div className="compare-pickers">
        <SpecPicker
          label="Current class"
          summaries={summaries}
          selectedId={study.currentClassId ?? undefined}
          onSelect={(id) => pick('current', id)}
        />
        <SpecPicker
          label="Requested class"
          summaries={summaries}
          selectedId={study.requestedClassId ?? undefined}
          onSelect={(id) => pick('requested', id)}
        />
      </div>
    </section>
  );
}
