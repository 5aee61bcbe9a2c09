import { useState } from 'react';
import type { Study, StudySubject } from '../../../../shared/study';
import { type SpecSummary, type StoredSpec, type StudyRow } from '../../db';
import { SpecPicker } from '../../components';
import { TypedDutiesEditor } from './TypedDutiesEditor';

type SubjectEditorProps = Readonly<{
  study: StudyRow;
  summaries: readonly SpecSummary[];
  spec: StoredSpec | null;
  onSave: (study: Study, what: string) => Promise<boolean>;
}>;

const parsePercent = (value: string): number | null =>
  value.trim() === '' || !Number.isFinite(Number(value)) ? null : Number(value);

/** The position studied: a position description from the library (weighed by time here) or duties typed in. */
export function SubjectEditor({ study, summaries, spec, onSave }: SubjectEditorProps) {
  const [mode, setMode] = useState<'library' | 'typed'>(study.subject.kind === 'library' ? 'library' : 'typed');
  const save = (subject: StudySubject): Promise<boolean> => onSave({ ...study, subject }, 'the position description');
  return (
    <section className="study-section" aria-labelledby="study-subject">
      <h2 id="study-subject">Position description</h2>
      <fieldset>
        <legend>Source</legend>
        <label>
          <input type="radio" name="subject-source" checked={mode === 'typed'} onChange={() => setMode('typed')} />{' '}
          Duties typed in this study
        </label>{' '}
        <label>
          <input type="radio" name="subject-source" checked={mode === 'library'} onChange={() => setMode('library')} />{' '}
          A document from the library
        </label>
      </fieldset>
      {mode === 'typed' ? (
        <TypedDutiesEditor
          subject={
            study.subject.kind === 'typed'
              ? study.subject
              : {
                  kind: 'typed',
                  title: study.workingTitle,
                  summary: '',
                  duties: [],
                }
          }
          onSave={save}
        />
      ) : (
        <LibrarySubject study={study} summaries={summaries} spec={spec} onSave={save} />
      )}
    </section>
  );
}

type LibrarySubjectProps = Readonly<{
  study: StudyRow;
  summaries: readonly SpecSummary[];
  spec: StoredSpec | null;
  onSave: (subject: StudySubject) => Promise<boolean>;
}>;

function LibrarySubject({ study, summaries, spec, onSave }: LibrarySubjectProps) {
  const subject = study.subject.kind === 'library' ? study.subject : null;
  const [shares, setShares] = useState<string[]>(() =>
    (subject?.percentTime ?? []).map((share) => (share === null ? '' : String(share))),
  );
  const duties = subject && spec?.id === subject.specId ? spec.spec.duties : [];
  const total = duties.reduce(
    (sum, duty, index) => sum + (parsePercent(shares[index] ?? '') ?? duty.percentTime ?? 0),
    0,
  );
  return (
    <>
      <SpecPicker
        label="Position description"
        summaries={summaries}
        selectedId={subject?.specId}
        onSelect={(id) => void onSave({ kind: 'library', specId: id, percentTime: [] }).then(() => setShares([]))}
      />
      {subject && !spec && <p role="alert">That document is no longer in the library.</p>}
      {duties.length > 0 && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (subject)
              void onSave({
                ...subject,
                percentTime: duties.map((_, index) => parsePercent(shares[index] ?? '')),
              });
          }}
        >
          <table className="compare-table study-duties">
            <caption>
              Duties as the document states them; set the percent of time where the analyst weighed it differently
            </caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Duty</th>
                <th scope="col">Stated</th>
                <th scope="col">% of time</th>
              </tr>
            </thead>
            <tbody>
              {duties.map((duty, index) => (
                <tr key={`${duty.span.start}`}>
                  <td>{index + 1}</td>
                  <td>{duty.text}</td>
                  <td>{duty.percentTime === undefined ? '—' : `${duty.percentTime}%`}</td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={100}
                      aria-label={`Percent of time, duty ${index + 1}`}
                      value={shares[index] ?? ''}
                      onChange={(event) =>
                        setShares(
                          Object.assign([...shares], {
                            [index]: event.target.value,
                          }),
                        )
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>Total: {total}%</p>
          <button type="submit">Save time weights</button>
        </form>
      )}
    </>
  );
}
