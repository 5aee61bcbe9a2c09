import { describe, expect, it } from 'vitest';
import { changeStatus, checkStudy, createStudy, removeCandidate } from '../../../../shared/study';
import { decidedStudy } from './studyFixture';

describe('study record rules', () => {
  it('accepts a complete decided study', () => {
    expect(checkStudy(decidedStudy())).toEqual([]);
  });

  it('dates every status change in the history, in order', () => {
    const study = decidedStudy();
    expect(study.history.map((change) => [change.status, change.date])).toEqual([
      ['open', '2026-11-03'],
      ['under_review', '2026-11-04'],
      ['decided', '2026-11-05'],
    ]);
    expect(changeStatus(study, 'appealed', Date.UTC(2027, 0, 9)).history.at(-1)).toMatchObject({
      status: 'appealed',
      date: '2027-01-09',
    });
  });

  it('refuses a study without a name, and a percent of time outside 0–100', () => {
    const unnamed = {
      ...createStudy({ uid: 'abcdefgh', name: 'x', now: 0 }),
      name: '  ',
    };
    expect(checkStudy(unnamed).map((problem) => problem.field)).toContain('name');
    const study = decidedStudy();
    const subject =
      study.subject.kind === 'typed'
        ? {
            ...study.subject,
            duties: [{ text: 'Answers calls.', percentTime: 140 }],
          }
        : study.subject;
    expect(checkStudy({ ...study, subject }).length).toBeGreaterThan(0);
  });

  it('says when the duties do not add up to 100% of the time', () => {
    const study = decidedStudy();
    const subject =
      study.subject.kind === 'typed' ? { ...study.subject, duties: study.subject.duties.slice(1) } : study.subject;
    expect(checkStudy({ ...study, subject })).toEqual([
      {
        field: 'subject',
        message: "The duties' percent of time adds up to 70%, not 100%.",
      },
    ]);
  });

  it('keeps the current and requested classes among the candidates', () => {
    const study = decidedStudy();
    expect(removeCandidate(study, 'rep').candidates.map((candidate) => candidate.specId)).toEqual([
      'rep',
      'sup',
      'chief',
    ]);
    expect(removeCandidate(study, 'chief').candidates.map((candidate) => candidate.specId)).toEqual(['rep', 'sup']);
    const missingRequested = {
      ...study,
      candidates: study.candidates.filter((candidate) => candidate.specId !== 'sup'),
    };
    expect(checkStudy(missingRequested).map((problem) => problem.message)).toContain(
      'The requested class must be one of the candidates.',
    );
  });

  it('asks a decided study for its recommendation and rationale', () => {
    const study = decidedStudy();
    const problems = checkStudy({
      ...study,
      decision: { ...study.decision, recommendedClassId: null, rationale: ' ' },
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'A decided study needs a recommended class.',
      'A decided study needs the rationale for its recommendation.',
    ]);
  });
});
