import type { AnalyzedStatement } from '../text';
import type { ActivityGroups, ActivityProfile } from './activities/activityModel';
import type { DutySimilarity } from './dutySimilarity';
import { PAIR_SCORER_WEIGHTS, type PairFeature } from './pairScorerWeights';

/** What the pair scorer needs of one duty, computed once per duty. */
export type DutyTraits = Readonly<{
  /** The whole statement's activity profile summed up to intermediate (IWA) and general (GWA) activities, unit length. */
  intermediate: ReadonlyMap<number, number>;
  general: ReadonlyMap<number, number>;
  topIntermediate: number;
  topGeneral: number;
  /** First content word's stem: the duty's verb in the usual "Supervises…" style. */
  verb: string;
  termCount: number;
}>;

function rolledUp(profile: ActivityProfile, groupOf: Int32Array): { shares: Map<number, number>; top: number } {
  const shares = new Map<number, number>();
  profile.activities.forEach((activity, position) => {
    const group = groupOf[activity] as number;
    shares.set(group, (shares.get(group) ?? 0) + (profile.weights[position] as number));
  });
  let squared = 0;
  for (const weight of shares.values()) squared += weight * weight;
  const norm = Math.sqrt(squared) || 1;
  let top = -1;
  let topWeight = 0;
  for (const [group, weight] of shares) {
    shares.set(group, weight / norm);
    if (weight > topWeight || (weight === topWeight && group < top)) [top, topWeight] = [group, weight];
  }
  return { shares, top };
}

export function dutyTraits(analysis: AnalyzedStatement, profile: ActivityProfile, groups: ActivityGroups): DutyTraits {
  const intermediate = rolledUp(profile, groups.intermediate);
  const general = rolledUp(profile, groups.general);
  return {
    intermediate: intermediate.shares,
    general: general.shares,
    topIntermediate: intermediate.top,
    topGeneral: general.top,
    verb: analysis.whole.stems[0] ?? '',
    termCount: analysis.whole.terms.length,
  };
}

function cosine(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, weight] of small) sum += weight * (large.get(key) ?? 0);
  return Math.min(1, sum);
}

const sameGroup = (a: number, b: number) => (a >= 0 && a === b ? 1 : 0);

/** The pair's features, symmetric in A and B. `similarity` carries the work model's fields (withWork). */
export function pairFeatures(similarity: DutySimilarity, a: DutyTraits, b: DutyTraits): Record<PairFeature, number> {
  const lexical = similarity.lexical ?? similarity.score;
  const work = similarity.work ?? 0;
  return {
    lexical,
    work,
    lexicalTimesWork: lexical * work,
    intermediateCosine: cosine(a.intermediate, b.intermediate),
    generalCosine: cosine(a.general, b.general),
    sameTopIntermediate: sameGroup(a.topIntermediate, b.topIntermediate),
    sameTopGeneral: sameGroup(a.topGeneral, b.topGeneral),
    sameVerb: a.verb !== '' && a.verb === b.verb ? 1 : 0,
    literalOverlap: similarity.literal,
    sharedTermShare: Math.min(similarity.aInB, similarity.bInA),
    lengthRatio: Math.min(a.termCount, b.termCount) / Math.max(1, a.termCount, b.termCount),
  };
}

/** Calibrated probability that the two duties do the same O*NET work activity (see pairScorerWeights.ts). */
export function pairProbability(features: Readonly<Record<PairFeature, number>>): number {
  let logit = PAIR_SCORER_WEIGHTS.bias;
  for (const [feature, weight] of Object.entries(PAIR_SCORER_WEIGHTS.features) as [PairFeature, number][])
    logit += weight * features[feature];
  return 1 / (1 + Math.exp(-logit));
}
