import { sharedWork, type ActivityProfile } from './activities/activityModel';
import type { DutySimilarity } from './dutySimilarity';
import { WORK_BLEND_SCALE, WORK_SHARE } from './thresholds';

/**
 * The pair's similarity once the work is seen: the lexical score blended with how alike the two
 * statements' likely work activities are, so "schedules staff" and "prepares work rosters" come
 * close while two duties sharing only a field's vocabulary ("patient", "permit") fall back.
 * Identical statements stay at 1. `lexical` keeps the word-only score for the diff and the kind.
 */
export function withWork(similarity: DutySimilarity, a: ActivityProfile, b: ActivityProfile): DutySimilarity {
  const { score: work, activity } = sharedWork(a, b);
  const lexical = similarity.score;
  const score = lexical >= 1 ? 1 : WORK_BLEND_SCALE * ((1 - WORK_SHARE) * lexical + WORK_SHARE * work);
  return { ...similarity, score, lexical, work, ...(activity === null ? {} : { activity }) };
}
