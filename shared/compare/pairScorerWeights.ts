/**
 * Weights of the duty-pair scorer (pairScorer.ts): a logistic regression giving the probability
 * that two duty statements do the same work. Fitted by tests/fixtures/onet/fitPairScorer.ts on
 * the O*NET tuning occupations' related pairs (every task of one against every task of the other,
 * label: O*NET linked both to one same Detailed Work Activity), each pair's work features taken
 * from an activity model built without its own occupations' tasks. Rerun that script after any
 * change to the features, the similarity or the activity model, and paste its output here.
 */
export type PairFeature =
  | 'lexical'
  | 'work'
  | 'lexicalTimesWork'
  | 'intermediateCosine'
  | 'generalCosine'
  | 'sameTopIntermediate'
  | 'sameTopGeneral'
  | 'sameVerb'
  | 'literalOverlap'
  | 'sharedTermShare'
  | 'lengthRatio';

export const PAIR_SCORER_WEIGHTS: Readonly<{ bias: number; features: Readonly<Record<PairFeature, number>> }> = {
  bias: -2.772,
  features: {
    lexical: 1.509,
    work: 3.294,
    lexicalTimesWork: 1.399,
    intermediateCosine: 1.496,
    generalCosine: -0.911,
    sameTopIntermediate: 0.326,
    sameTopGeneral: 0.699,
    sameVerb: 1.242,
    literalOverlap: 1.313,
    sharedTermShare: 2.016,
    lengthRatio: -2.263,
  },
};
