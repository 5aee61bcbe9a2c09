import { sharedWork, type ActivityProfile } from './activities/activityModel';
import type { DutySimilarity } from './dutySimilarity';
import { SAME_WORK_MIN, WORK_BLEND_SCALE, WORK_SHARE } from './thresholds';

/** A duty's activity profiles: the whole statement, and each of its clauses (none for a one-clause statement). */
export type WorkProfiles = Readonly<{ whole: ActivityProfile; clauses: readonly ActivityProfile[] }>;

type Best = { score: number; activity: number | null; lead?: boolean };

function bestAgainstClauses(whole: ActivityProfile, clauses: readonly ActivityProfile[]): Best {
  let best: Best = { score: 0, activity: null };
  clauses.forEach((clause, index) => {
    const match = sharedWork(whole, clause);
    if (match.score > best.score) best = { score: match.score, activity: match.activity, lead: index === 0 };
  });
  return best;
}

/**
 * The pair's similarity once the work is seen: the word score blended with how alike the two
 * duties' likely work activities are (the whole statements, or one whole duty against one task
 * of the other's run-on list), so "schedules resources" and "balances the scheduling of staff"
 * come close while two duties sharing only a field's vocabulary fall back. Identical statements
 * stay at 1. A single-task duty whose work is one task of the other's list is `contained`
 * (full coverage for it, partial for the list; full for both when that task is the list's lead,
 * the one its further clauses elaborate).
 */
export function withWork(similarity: DutySimilarity, a: WorkProfiles, b: WorkProfiles): DutySimilarity {
  const whole: Best = sharedWork(a.whole, b.whole);
  const aInClause: Best =
    a.clauses.length === 0 ? bestAgainstClauses(a.whole, b.clauses) : { score: 0, activity: null };
  const bInClause: Best =
    b.clauses.length === 0 ? bestAgainstClauses(b.whole, a.clauses) : { score: 0, activity: null };
  let clauseToClause: Best = { score: 0, activity: null };
  for (const clause of a.clauses) {
    const match = bestAgainstClauses(clause, b.clauses);
    if (match.score > clauseToClause.score) clauseToClause = match;
  }
  const best = [whole, aInClause, bInClause, clauseToClause].reduce((top, candidate) =>
    candidate.score > top.score ? candidate : top,
  );
  const lexical = similarity.score;
  const score = lexical >= 1 ? 1 : WORK_BLEND_SCALE * ((1 - WORK_SHARE) * lexical + WORK_SHARE * best.score);
  const result: DutySimilarity = {
    ...similarity,
    score,
    lexical,
    work: best.score,
    wholeWork: whole.score,
    ...(best.activity === null ? {} : { activity: best.activity }),
  };
  if (similarity.contained || best === whole || best === clauseToClause || best.score < SAME_WORK_MIN) return result;
  return { ...result, contained: best === aInClause ? 'a' : 'b', ...(best.lead ? { containedInLead: true } : {}) };
}
