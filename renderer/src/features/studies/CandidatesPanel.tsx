import { useState } from 'react';
import { prepareBestFitIndex, rankBestFit } from '../../../../shared/compare';
import { addCandidates, removeCandidate, type Study } from '../../../../shared/study';
import { routeToHash } from '../../routing';
import { latestSpecs, type SpecSummary, type StudyRow } from '../../db';
import { SpecPicker } from '../../components';
import { CandidatesMatrixTable } from './CandidatesMatrixTable';
import type { StudyData } from './useStudyData';

type CandidatesPanelProps = Readonly<{
  study: StudyRow;
  studyId: number;
  summaries: readonly SpecSummary[];
  data: StudyData;
  onSave: (study: Study, what: string) => Promise<boolean>;
}>;

const BEST_FIT_COUNT = 3;

/** Candidate classes: add one, add the best-fitting ones in one step, remove, open each comparison; the matrix below. */
export function CandidatesPanel({ study, studyId, summaries, data, onSave }: CandidatesPanelProps) {
  const [message, setMessage] = useState('');
  const subjectId = study.subject.kind === 'library' ? study.subject.specId : null;

  const addBestFitting = async (): Promise<void> => {
    if (!data.subject) {
      setMessage('Give the study its position description first: best fit ranks classes against it.');
      return;
    }
    setMessage('Ranking the library…');
    try {
      const library = (await latestSpecs()).filter((row) => row.id !== subjectId);
      const ranked = rankBestFit(
        data.subject,
        prepareBestFitIndex(library.map((row) => ({ id: row.id, spec: row.spec }))),
        { limit: BEST_FIT_COUNT + study.candidates.length },
      );
      const present = new Set(study.candidates.map((candidate) => candidate.specId));
      const picked = ranked.filter((entry) => !present.has(entry.id)).slice(0, BEST_FIT_COUNT);
      if (picked.length === 0) {
        setMessage('No further classes in the library fit this position.');
        return;
      }
      const saved = await onSave(
        addCandidates(
          study,
          picked.map((entry) => entry.id),
        ),
        'the candidates',
      );
      if (saved)
        setMessage(
          `Added ${picked.map((entry) => `${entry.title ?? 'untitled'} (${Math.round(entry.coverage * 100)}% of duties)`).join(', ')}.`,
        );
    } catch (error) {
      setMessage(`Could not rank the library: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section className="study-section" aria-labelledby="study-candidates">
      <h2 id="study-candidates">Candidate classes</h2>
      <ul className="study-candidates">
        {study.candidates.map((candidate) => {
          const row = data.specs.get(candidate.specId);
          const roles = [
            candidate.specId === study.currentClassId && 'current',
            candidate.specId === study.requestedClassId && 'requested',
          ]
            .filter(Boolean)
            .join(', ');
          const fixed = candidate.specId === study.currentClassId || candidate.specId === study.requestedClassId;
          const title = row ? `${row.title} (version ${row.version})` : 'Class no longer in the library';
          return (
            <li key={candidate.specId}>
              <strong>{title}</strong>
              {roles && <span className="muted"> ({roles} class)</span>}{' '}
              {row && data.subject && (
                <a
                  href={routeToHash({
                    name: 'study',
                    studyId,
                    candidate: candidate.specId,
                  })}
                >
                  Open comparison
                </a>
              )}{' '}
              <button
                type="button"
                disabled={fixed}
                title={fixed ? 'The current and requested classes stay candidates' : undefined}
                onClick={() => void onSave(removeCandidate(study, candidate.specId), 'the candidates')}
                aria-label={`Remove ${title} from the candidates`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <div className="compare-pickers">
        <SpecPicker
          label="Add a candidate class"
          summaries={summaries}
          selectedId={undefined}
          onSelect={(id) => void onSave(addCandidates(study, [id]), 'the candidates')}
        />
        <button type="button" onClick={() => void addBestFitting()}>
          Add the best-fitting classes
        </button>
      </div>
      <p role="status">{message}</p>
      {data.matrix ? (
        <CandidatesMatrixTable matrix={data.matrix} study={study} />
      ) : (
        <p className="muted">The matrix appears once the study has a position description and candidates.</p>
      )}
    </section>
  );
}
