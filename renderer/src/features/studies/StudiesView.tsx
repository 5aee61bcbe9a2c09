import { useId, useState } from 'react';
import { createStudy, STATUS_LABELS } from '../../../../shared/study';
import { navigate, routeToHash } from '../../routing';
import { addStudy, useStudies } from '../../db';
import { BundleImport } from './BundleImport';
import './studies.css';

const formatDate = (time: number): string => new Date(time).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** #/studies: every reclassification study, a form to open a new one, and bundle import. */
export function StudiesView() {
  const studies = useStudies();
  const nameId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState('');

  const create = async (): Promise<void> => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Give the study a name (e.g. the position or the case).');
      return;
    }
    const result = await addStudy(createStudy({ uid: crypto.randomUUID(), name: trimmed, now: Date.now() }));
    if (!result.ok) setError(result.message);
    else navigate({ name: 'study', studyId: result.id });
  };

  return (
    <section className="studies-view" aria-labelledby="studies-title">
      <h1 id="studies-title">Reclassification studies</h1>
      <form
        className="study-new"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label htmlFor={nameId}>New study</label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder="e.g. Position 40117 reclassification request"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit">Create study</button>
        {error && <p role="alert">{error}</p>}
      </form>
      <BundleImport />
      {studies === undefined ? (
        <p role="status">Loading…</p>
      ) : studies.length === 0 ? (
        <p className="muted">No studies yet.</p>
      ) : (
        <table className="compare-table">
          <caption className="visually-hidden">Studies, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col">Case</th>
              <th scope="col">Status</th>
              <th scope="col">Candidates</th>
              <th scope="col">Changed</th>
            </tr>
          </thead>
          <tbody>
            {studies.map((study) => (
              <tr key={study.uid}>
                <td>
                  <a
                    href={routeToHash({
                      name: 'study',
                      studyId: study.id ?? 0,
                    })}
                  >
                    {study.name}
                  </a>
                </td>
                <td>{study.caseNumber || '—'}</td>
                <td>{STATUS_LABELS[study.status]}</td>
                <td>{study.candidates.length}</td>
                <td>{formatDate(study.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
