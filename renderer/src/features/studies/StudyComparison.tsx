import { useEffect, useMemo, useState } from 'react';
import { PARSER_VERSION } from '../../../../shared/spec';
import { typedSubjectId, weighDuties } from '../../../../shared/study';
import { routeToHash } from '../../routing';
import { correctedRow, ensureCandidateComparison, type CorrectedStoredSpec, type StudyRow } from '../../db';
import { useActivityModel } from '../../engine';
import { WorkModelAlert } from '../../components';
import { CompareWorkspace, useThreshold } from '../compare';
import type { StudyData } from './useStudyData';

type StudyComparisonProps = Readonly<{
  study: StudyRow;
  studyId: number;
  candidateId: string;
  data: StudyData;
}>;

/** A typed position description stands in for a library document so the comparison view can show it. */
function typedSubjectRow(study: StudyRow, data: StudyData): CorrectedStoredSpec | null {
  if (!data.subject || study.subject.kind !== 'typed') return null;
  return correctedRow(
    {
      id: typedSubjectId(study.uid),
      classKey: `study|${study.uid}`,
      version: 1,
      parserVersion: PARSER_VERSION,
      sourceName: 'typed in the study',
      format: 'txt',
      size: data.subject.text.length,
      importedAt: study.updatedAt,
      employer: '',
      title: data.subject.title ?? 'Position description',
      code: '',
      gradeNumber: null,
      warningCount: 0,
      spec: data.subject,
    },
    [],
  );
}

/** #/studies/<id>?candidate=<spec>: the position against one candidate in the same comparison view, kept with the study. */
export function StudyComparison({ study, studyId, candidateId, data }: StudyComparisonProps) {
  const [threshold, setThreshold] = useThreshold();
  const activities = useActivityModel();
  const [error, setError] = useState('');
  const printFields = useMemo(
    () => ({ preparer: study.preparer, caseNumber: study.caseNumber }),
    [study.preparer, study.caseNumber],
  );
  const candidate = data.specs.get(candidateId) ?? null;
  const library = study.subject.kind === 'library' ? data.specs.get(study.subject.specId) : undefined;
  const left =
    library && study.subject.kind === 'library'
      ? { ...library, spec: weighDuties(library.spec, study.subject.percentTime) }
      : typedSubjectRow(study, data);
  const saved = data.comparisons.get(candidateId) ?? null;
  const isCurrent = saved !== null && saved.leftId === left?.id;

  const leftId = left?.id;
  const name = `${left?.title ?? 'Position'} vs ${candidate?.title ?? 'class'}`;
  const canOpen = leftId !== undefined && candidate !== null;

  useEffect(() => {
    if (!canOpen || isCurrent || leftId === undefined) return;
    void ensureCandidateComparison(studyId, leftId, candidateId, name, Date.now()).then((result) => {
      if (!result.ok) setError(result.message);
    });
  }, [canOpen, isCurrent, leftId, name, studyId, candidateId]);

  const back = (
    <p>
      <a href={routeToHash({ name: 'study', studyId })}>← Back to the study “{study.name}”</a>
    </p>
  );
  if (!left)
    return (
      <section>
        {back}
        <p role="alert">The study has no position description to compare yet.</p>
      </section>
    );
  if (!candidate)
    return (
      <section>
        {back}
        <p role="alert">That class is not a candidate of this study, or is no longer in the library.</p>
      </section>
    );
  return (
    <section className="compare-view" aria-labelledby="study-compare-title">
      {back}
      <h1 id="study-compare-title">Position vs {candidate.title}</h1>
      {error && <p role="alert">{error}</p>}
      <WorkModelAlert error={activities.error} />
      {/* Like the compare view, the workspace waits for the work model: what it shows, prints and exports is one engine's. */}
      {isCurrent && saved && (activities.model !== null || activities.error !== null) ? (
        <CompareWorkspace
          key={`${left.id}|${candidate.id}|${saved.id}`}
          left={left}
          right={candidate}
          saved={saved}
          initialThreshold={threshold}
          onThresholdChange={setThreshold}
          printFields={printFields}
          activities={activities.model}
          // The study stored this comparison before opening it, so the workspace never creates one.
          onCreated={() => undefined}
        />
      ) : (
        <p role="status">Opening the comparison…</p>
      )}
    </section>
  );
}
