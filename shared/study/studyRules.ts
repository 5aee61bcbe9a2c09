import { studySchema, type Study } from './studySchema';

/** One problem with a study, phrased for the analyst. */
export type StudyProblem = Readonly<{ field: string; message: string }>;

function totalTime(study: Study): number | null {
  const subject = study.subject;
  if (subject.kind === 'typed') {
    const shares = subject.duties.map((duty) => duty.percentTime);
    return shares.some((share) => share !== null) ? shares.reduce<number>((sum, share) => sum + (share ?? 0), 0) : null;
  }
  if (subject.kind === 'library' && subject.percentTime.some((share) => share !== null)) {
    return subject.percentTime.reduce<number>((sum, share) => sum + (share ?? 0), 0);
  }
  return null;
}

/**
 * Everything wrong with a study as the analyst would be told: the record's shape (zod), the
 * current and requested classes among the candidates, time shares adding up to 100%, and a
 * decided study carrying a recommendation with its rationale.
 */
export function checkStudy(value: unknown): StudyProblem[] {
  const parsed = studySchema.safeParse(value);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || 'study',
      message: issue.message,
    }));
  const study = parsed.data;
  const problems: StudyProblem[] = [];
  const candidateIds = new Set(study.candidates.map((candidate) => candidate.specId));
  if (study.currentClassId && !candidateIds.has(study.currentClassId))
    problems.push({
      field: 'candidates',
      message: 'The current class must be one of the candidates.',
    });
  if (study.requestedClassId && !candidateIds.has(study.requestedClassId))
    problems.push({
      field: 'candidates',
      message: 'The requested class must be one of the candidates.',
    });
  if (candidateIds.size !== study.candidates.length)
    problems.push({
      field: 'candidates',
      message: 'A class is listed twice as a candidate.',
    });
  const time = totalTime(study);
  if (time !== null && Math.abs(time - 100) > 0.5)
    problems.push({
      field: 'subject',
      message: `The duties' percent of time adds up to ${Math.round(time * 10) / 10}%, not 100%.`,
    });
  if (study.status === 'decided') {
    if (!study.decision.recommendedClassId)
      problems.push({
        field: 'decision',
        message: 'A decided study needs a recommended class.',
      });
    if (!study.decision.rationale.trim())
      problems.push({
        field: 'decision',
        message: 'A decided study needs the rationale for its recommendation.',
      });
  }
  if (study.decision.recommendedClassId && !candidateIds.has(study.decision.recommendedClassId)) {
    problems.push({
      field: 'decision',
      message: 'The recommended class must be one of the candidates.',
    });
  }
  return problems;
}
