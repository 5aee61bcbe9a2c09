import { useState } from 'react';
import type { StudySubject } from '../../../../shared/study';

type TypedSubject = Extract<StudySubject, { kind: 'typed' }>;
type DutyDraft = Readonly<{ key: number; text: string; percent: string }>;

type TypedDutiesEditorProps = Readonly<{
  subject: TypedSubject;
  onSave: (subject: StudySubject) => Promise<boolean>;
}>;

let nextKey = 0;
const draftOf = (text: string, percent: number | null): DutyDraft => ({
  key: (nextKey += 1),
  text,
  percent: percent === null ? '' : String(percent),
});

/** The position description typed in: title, summary, and each duty with its percent of time. */
export function TypedDutiesEditor({ subject, onSave }: TypedDutiesEditorProps) {
  const [title, setTitle] = useState(subject.title);
  const [summary, setSummary] = useState(subject.summary);
  const [duties, setDuties] = useState<DutyDraft[]>(() =>
    subject.duties.length ? subject.duties.map((duty) => draftOf(duty.text, duty.percentTime)) : [draftOf('', null)],
  );
  const total = duties.reduce((sum, duty) => sum + (Number(duty.percent) || 0), 0);
  const change = (key: number, patch: Partial<DutyDraft>): void =>
    setDuties(duties.map((duty) => (duty.key === key ? { ...duty, ...patch } : duty)));

  return (
    <form
      className="study-typed"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = duties
          .filter((duty) => duty.text.trim())
          .map((duty) => ({
            text: duty.text.trim(),
            percentTime: duty.percent.trim() === '' ? null : Number(duty.percent),
          }));
        void onSave({
          kind: 'typed',
          title: title.trim(),
          summary: summary.trim(),
          duties: typed,
        });
      }}
    >
      <div className="study-form">
        <label className="field">
          Position title
          <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label className="field">
          Position summary (role and supervision, as the description states them)
          <textarea value={summary} onChange={(event) => setSummary(event.target.value)} />
        </label>
      </div>
      <table className="compare-table study-duties">
        <caption>Duties of the position with the percent of time each takes</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Duty</th>
            <th scope="col">% of time</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {duties.map((duty, index) => (
            <tr key={duty.key}>
              <td>{index + 1}</td>
              <td>
                <textarea
                  aria-label={`Duty ${index + 1}`}
                  value={duty.text}
                  onChange={(event) => change(duty.key, { text: event.target.value })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={100}
                  aria-label={`Percent of time, duty ${index + 1}`}
                  value={duty.percent}
                  onChange={(event) => change(duty.key, { percent: event.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => setDuties(duties.filter((item) => item.key !== duty.key))}
                  aria-label={`Remove duty ${index + 1}`}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Total: <span data-testid="time-total">{total}%</span>
        {total !== 100 && duties.some((duty) => duty.percent.trim()) ? ' (should be 100%)' : ''}
      </p>
      <button type="button" onClick={() => setDuties([...duties, draftOf('', null)])}>
        Add duty
      </button>{' '}
      <button type="submit">Save position description</button>
    </form>
  );
}
