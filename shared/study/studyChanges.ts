import type { Study, StudyCandidate, StudyStatus } from './studySchema';

/** Calendar date YYYY-MM-DD of a moment, in UTC (studies travel between time zones). */
export const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

export type NewStudyInput = Readonly<{
  uid: string;
  name: string;
  now: number;
  preparer?: string;
}>;

/** An empty open study: no subject or candidates yet, its history starting today. */
export function createStudy({ uid, name, now, preparer = '' }: NewStudyInput): Study {
  return {
    uid,
    name: name.trim(),
    caseNumber: '',
    requester: '',
    positionNumber: '',
    workingTitle: '',
    department: '',
    preparer,
    currentClassId: null,
    requestedClassId: null,
    subject: { kind: 'none' },
    candidates: [],
    status: 'open',
    history: [{ status: 'open', date: isoDay(now), at: now, note: '' }],
    notes: '',
    decision: {
      recommendedClassId: null,
      grade: '',
      flsa: null,
      effectiveDate: '',
      rationale: '',
      confidence: null,
    },
    createdAt: now,
    updatedAt: now,
  };
}

/** Moves the study to a status and dates the move in its history (a repeat of the current status is still recorded). */
export function changeStatus(study: Study, status: StudyStatus, now: number, note = ''): Study {
  return {
    ...study,
    status,
    history: [...study.history, { status, date: isoDay(now), at: now, note: note.trim() }],
    updatedAt: now,
  };
}

/** Adds classes as candidates, each once, keeping the existing order and comparisons. */
export function addCandidates(study: Study, specIds: readonly string[]): Study {
  const present = new Set(study.candidates.map((candidate) => candidate.specId));
  const added: StudyCandidate[] = [];
  for (const specId of specIds) {
    if (present.has(specId)) continue;
    present.add(specId);
    added.push({ specId, comparisonId: null });
  }
  return added.length ? { ...study, candidates: [...study.candidates, ...added] } : study;
}

/**
 * Removes a candidate. The current and requested classes stay (a study always weighs them);
 * a recommendation of the removed class is cleared rather than left pointing nowhere.
 */
export function removeCandidate(study: Study, specId: string): Study {
  if (specId === study.currentClassId || specId === study.requestedClassId) return study;
  const decision =
    study.decision.recommendedClassId === specId ? { ...study.decision, recommendedClassId: null } : study.decision;
  return {
    ...study,
    candidates: study.candidates.filter((candidate) => candidate.specId !== specId),
    decision,
  };
}

/** Sets the current or requested class, making it a candidate too. */
export function setClassOfRecord(study: Study, role: 'current' | 'requested', specId: string | null): Study {
  const withRole = role === 'current' ? { ...study, currentClassId: specId } : { ...study, requestedClassId: specId };
  return specId ? addCandidates(withRole, [specId]) : withRole;
}

/** Records the comparison saved for a candidate. */
export function linkComparison(study: Study, specId: string, comparisonId: number | null): Study {
  return {
    ...study,
    candidates: study.candidates.map((candidate) =>
      candidate.specId === specId ? { ...candidate, comparisonId } : candidate,
    ),
  };
}
