import { useMemo } from 'react';
import { checkStudy, STATUS_LABELS } from '../../../../shared/study';
import { routeToHash } from '../../routing';
import { type StudyRow, useLibrarySpecs, useStudy } from '../../db';
import { CandidatesPanel } from './CandidatesPanel';
import { DecisionForm } from './DecisionForm';
import { ReportActions } from './ReportActions';
import { RequestForm } from './RequestForm';
import { StatusPanel } from './StatusPanel';
import { StudyComparison } from './StudyComparison';
import { SubjectEditor } from './SubjectEditor';
import { useStudyData } from './useStudyData';
import { useStudySaver } from './useStudySaver';
import { useActivityModel } from '../../engine';
import { WorkModelAlert } from '../../components';
import './studies.css';
import '../../components/tables.css';
import '../../components/comparisonHeader.css';

type StudyViewProps = Readonly<{
  studyId: number;
  candidate?: string | undefined;
}>;

/** #/studies/<id>: one reclassification study from request to decision and report. */
export function StudyView({ studyId, candidate }: StudyViewProps) {
  const study = useStudy(studyId);
  if (study === undefined) return <p role="status">Loading…</p>;
  if (study === null)
    return (
      <p role="alert">
        That study no longer exists. <a href={routeToHash({ name: 'studies' })}>All studies</a>
      </p>
    );
  return <StudyWorkspace study={study} studyId={studyId} candidate={candidate} />;
}

function StudyWorkspace({
  study,
  studyId,
  candidate,
}: Readonly<{
  study: StudyRow;
  studyId: number;
  candidate: string | undefined;
}>) {
  const summaries = useLibrarySpecs();
  const activities = useActivityModel();
  const data = useStudyData(study, activities);
  const saver = useStudySaver(studyId);
  const problems = useMemo(() => checkStudy(study), [study]);

  if (candidate !== undefined) {
    return data ? (
      <StudyComparison study={study} studyId={studyId} candidateId={candidate} data={data} />
    ) : (
      <p role="status">Loading…</p>
    );
  }
  return (
    <section className="study-view" aria-labelledby="study-title">
      <p>
        <a href={routeToHash({ name: 'studies' })}>← All studies</a>
      </p>
      <h1 id="study-title">{study.name}</h1>
      <p className="muted">
        Case {study.caseNumber || '—'} · status {STATUS_LABELS[study.status]} · {study.candidates.length} candidate
        class
        {study.candidates.length === 1 ? '' : 'es'}
      </p>
      <p className="study-status" role="status" data-kind={saver.state.kind}>
        {saver.state.message}
      </p>
      {problems.length > 0 && (
        <div className="study-problems">
          <p>Still to settle:</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      <RequestForm study={study} summaries={summaries ?? []} onSave={saver.save} />
      <SubjectEditor
        study={study}
        summaries={summaries ?? []}
        spec={study.subject.kind === 'library' ? (data?.specs.get(study.subject.specId) ?? null) : null}
        onSave={saver.save}
      />
      <WorkModelAlert error={activities.error} />
      {data ? (
        <CandidatesPanel study={study} studyId={studyId} summaries={summaries ?? []} data={data} onSave={saver.save} />
      ) : (
        <p role="status">Loading candidates…</p>
      )}
      <StatusPanel study={study} onSave={saver.save} />
      <DecisionForm study={study} data={data} onSave={saver.save} />
      <ReportActions study={study} />
    </section>
  );
}
