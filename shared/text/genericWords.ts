import { analyzeText } from './tokenize';

/**
 * Words that class specifications of every occupation and employer use in their duty
 * statements, with a hand estimate of the share of duty statements that contain them. They say
 * little about which work a duty is, yet two specs compared alone may each use one of them only
 * once, which would make them look rare (and weighty) to an IDF computed over those two specs.
 * The list is written from general knowledge of how class specs are phrased, not counted from
 * any sample; words already dropped as stop words ("assigned", "related", "duties") are not repeated.
 * Level words ("routine", "complex", "difficult") are deliberately absent: they tell levels apart.
 */
const TIERS: readonly (readonly [share: number, words: string])[] = [
  [0.25, 'work works performs perform staff employees city county department activities'],
  [
    0.15,
    `ensures provides maintains responsible responsibility responsibilities operations services service
     including appropriate division section unit bureau office agency areas area tasks functions
     participates serves conducts level variety job jobs assignment assignments`,
  ],
  [
    0.08,
    `reviews prepares reports coordinates monitors procedures policies records information program programs
     systems system applicable accordance regarding effective effectively timely daily special projects
     project organization organizational team members
     completes carries makes uses using within others responds`,
  ],
];

function buildShares(tiers: typeof TIERS): ReadonlyMap<string, number> {
  const shares = new Map<string, number>();
  for (const [share, words] of tiers) {
    for (const term of analyzeText(words).terms) shares.set(term, Math.max(share, shares.get(term) ?? 0));
  }
  return shares;
}

const SHARES = buildShares(TIERS);

/** The generic terms (stemmed and synonym-mapped, as termsOf gives them) with their estimated share of duty statements. */
export const GENERIC_WORDS: ReadonlyMap<string, number> = SHARES;

/** Estimated share of duty statements, across employers, that contain the term; 0 for terms not known to be generic. */
export function genericShareOf(term: string): number {
  return SHARES.get(term) ?? 0;
}
