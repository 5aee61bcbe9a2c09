import { useId, useState } from 'react';
import { changeStatus, STATUS_LABELS, STUDY_STATUSES, type Study, type StudyStatus } from '../../../../shared/study';
import { type StudyRow } from '../../db';

type StatusPanelProps = Readonly<{
  study: StudyRow;
  onSave: (study: Study, what: string) => Promise<boolean>;
}>;

/** The study's status with its dated history; each change is recorded, never edited away. */
export function StatusPanel({ study, onSave }: StatusPanelProps) {
  const id = useId();
  const [status, setStatus] = useState<StudyStatus>(study.status);
  const [note, setNote] = useState('');
  return (
    <section className="study-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Status</h2>
      <ol aria-label="Status history">
        {study.history.map((change) => (
          <li key={`${change.at}-${change.status}`}>
            {change.date}: {STATUS_LABELS[change.status]}
            {change.note ? ` — ${change.note}` : ''}
          </li>
        ))}
      </ol>
      <form
        className="study-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(changeStatus(study, status, Date.now(), note), 'the status').then(
            (saved) => saved && setNote(''),
          );
        }}
      >
        <label className="field">
          New status
          <select value={status} onChange={(event) => setStatus(event.target.value as StudyStatus)}>
            {STUDY_STATUSES.map((option) => (
              <option key={option} value={option}>
                {STATUS_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Note (optional)
          <input type="text" value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <button type="submit">Record status</button>
      </form>
    </section>
  );
}
