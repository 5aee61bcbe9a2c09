/**
 * Every cut-off the comparison engine uses, in one place. Scores are duty similarities in 0..1
 * (see dutySimilarity.ts: IDF-weighted cosine over stemmed, synonym-mapped terms plus a bonus
 * for shared word pairs, and the best duty-to-clause match). Calibrated on
 * tests/fixtures/compare/dutyPairs.ts and clausePairs.ts — same, reworded, partial and unrelated
 * duty pairs written in several employers' styles — not on the seeds alone.
 */

/**
 * At or above, in both the similarity and the literal word overlap: the same duty (wording
 * differences are trivial). Identical normalized text is always `same`; a high score reached
 * only through synonyms is `reworded`.
 */
export const SAME_MIN = 0.9;

/** At or above: the same duty reworded (synonyms, reordered clauses, an added qualifier). */
export const REWORDED_MIN = 0.45;
/**
 * A reworded pair must also cover most of each other: at least this share of each side's
 * weighted terms appears in the other. A short duty inside a long one is `partial` however
 * high its score.
 */
export const REWORDED_CONTAINMENT_MIN = 0.45;
/**
 * …and the two shares may differ by at most this much: when all of one duty sits inside the
 * other but only half of the other is matched ("Selects library materials" vs "Selects and
 * orders library materials for the adult collection"), one is a narrower part of the other.
 */
export const REWORDED_BALANCE_MAX = 0.4;

/** At or above: the duties overlap in part (one is broader, or they share one task of several). Below: no match. */
export const PARTIAL_MIN = 0.25;

/**
 * An unmatched duty joins a matched duty's group (split/merge) when at least this share of its
 * IDF-weighted terms appears in that duty ("clearly covered" by it)… (Failing that, it joins the
 * matched duty it is most similar to when that similarity reaches PARTIAL_MIN: see alignDuties.)
 */
export const GROUP_CONTAINMENT_MIN = 0.7;
/** …and their plain similarity is at least this, so a one-word duty is never swallowed by chance. */
export const GROUP_SIMILARITY_MIN = 0.2;

/** Coverage credit of a matched duty by kind: a partial match counts half ("comparable in part"). */
export const COVERAGE_CREDIT = { same: 1, reworded: 1, partial: 0.5 } as const;

/**
 * A single-clause duty is `contained` in a multi-clause one (and earns full coverage credit on
 * its side; the long one too when the matched clause is its lead) when at least this share of
 * its weighted terms appears in the long duty…
 */
export const CONTAINED_SHARE_MIN = 0.6;
/**
 * …and its similarity with one clause (or two adjacent clauses) of the long duty is at least
 * this: the terms sit together in one task, not scattered over several.
 */
export const CONTAINED_CLAUSE_MIN = 0.45;

/**
 * Verdict at threshold T (default 0.7, the usual salary-survey rule; some use 0.8):
 * `match` when both directions reach T; `partial` when at least one direction reaches T/2;
 * otherwise `no-match`.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.7;
/** The thresholds an analyst can set: 50% to 100% in steps of 5. */
export const MATCH_THRESHOLD_MIN = 0.5;
export const MATCH_THRESHOLD_STEP = 0.05;

export function isMatchThreshold(value: number): boolean {
  const steps = (value - MATCH_THRESHOLD_MIN) / MATCH_THRESHOLD_STEP;
  return (
    Number.isFinite(value) &&
    value >= MATCH_THRESHOLD_MIN - 1e-9 &&
    value <= 1 + 1e-9 &&
    Math.abs(steps - Math.round(steps)) < 1e-6
  );
}
export const PARTIAL_VERDICT_FACTOR = 0.5;

/** Weight of shared adjacent term pairs (word order evidence) in the similarity score. */
export const BIGRAM_BONUS_WEIGHT = 0.3;

/**
 * Floor on the similarity from one-sided containment: score ≥ this × (share of the shorter
 * duty's weighted terms found in the longer). 0.6 lets a fully contained duty reach `reworded`
 * range only when the cosine agrees, and keeps chance overlaps (≤ 0.3 containment in the
 * unrelated fixtures) below PARTIAL_MIN.
 */
export const CONTAINMENT_WEIGHT = 0.6;

/**
 * Floor on the similarity from the best duty-to-clause match: score ≥ this × (similarity of one
 * whole duty to one clause of the other), so a short duty that restates one clause of a long
 * one pairs with it even when the long duty's other clauses dilute the whole-statement cosine.
 * Such a pair stays `partial` (its containment is unbalanced); see CONTAINED_* for its credit.
 * 0.7 keeps the unrelated long/short fixtures (duty-to-clause similarity ≤ 0.3) below PARTIAL_MIN.
 */
export const CLAUSE_WEIGHT = 0.7;

/**
 * Share of a pair's score that comes from its work-activity similarity when the activity model
 * is loaded (the rest is the word score). Chosen on the O*NET tuning occupations
 * (tests/bench/matchBench.ts): half and half beat either alone on F1 and on precision.
 */
export const WORK_SHARE = 0.5;
/**
 * The blend is scaled by this before the cut-offs above apply: any two duty statements share some
 * generic work ("confer with staff"), so the blend of an unrelated pair runs higher than its word
 * score. On the tuning occupations F1 is flat from 1 down to 0.8 (0.466 → 0.462) while precision
 * rises (0.49 → 0.59); 0.85 (F1 0.465, precision 0.56) keeps more of the recall.
 */
export const WORK_BLEND_SCALE = 0.85;

/**
 * With the work-activity model, two one-task duties (neither lists several clauses) pair
 * one-to-one when the pair scorer's calibrated probability that they do the same work
 * (pairScorer.ts) is at least this. On the O*NET tuning occupations (tests/bench/matchBench.ts)
 * 0.4 is the F1-best cut-off keeping precision at or above 0.75 (0.3: F1 0.491, precision 0.70;
 * 0.4: 0.479, 0.757; 0.45: 0.462, 0.768), where the former one-task score cut-off (0.32) gave
 * F1 0.445 at precision 0.771. A pair where a duty lists several tasks keeps PARTIAL_MIN on its
 * score: O*NET's statements are all one task, so the scorer never saw such pairs.
 */
export const PAIR_PROBABILITY_MIN = 0.4;

/** A pair's work-activity similarity at or above this names the shared activity as a reason. */
export const WORK_EVIDENCE_MIN = 0.3;

/**
 * A work activity is named as what two duties both do only when each duty's cosine with it is at
 * least this (activityModel.ts, sharedWork). Of the activities a duty's profile leads with, 27%
 * are among O*NET's links for its task overall, but 73% above a cosine of 0.6 and 11% below 0.3,
 * where the lead is whichever activity shares a stray word ("serve" a variety of needs: "Serve
 * food or beverages"). On the pairs the engine aligns in the O*NET tuning folds, naming the
 * most-contributing shared activity named one O*NET linked to both tasks 51% of the time; at
 * 0.35 65% (for 67% of the pairs), at 0.4 76% (55%), at 0.45 82% (47%). 0.4 is where a named
 * activity is right for both tasks three times in four; the other pairs give their shared terms.
 */
export const ACTIVITY_NAMED_MIN = 0.4;

/**
 * Work-activity similarity at or above which two duties do the same work: a pair this close in
 * work (and paired at all) is `reworded` however different the words; a one-task duty this close
 * to one task of a longer duty is contained in it.
 */
export const SAME_WORK_MIN = 0.4;

/**
 * Coverage beyond the one-to-one pairing (workCover.ts): a duty, or one task of a run-on duty,
 * counts as done by the other class when one of its duties or clauses shares its work activities
 * (profile cosine at least COVER_WORK_MIN) and its words (similarity at least COVER_WORDS_MIN).
 * Measured on the O*NET tuning occupations as a decision "this task has a partner doing the same
 * O*NET activity": work alone at 0.3 is right 67% of the time; work 0.35 with words 0.15 77%
 * (recall 0.45, against 84% and 0.37 for the one-to-one pairs alone), with words 0.25 85%
 * (recall 0.34). So such a cover counts in full only when the words reach COVER_FULL_WORDS_MIN
 * (the pairing cut-off, PARTIAL_MIN), and half below. Work 0.3 reaches more (recall 0.50 at 75%)
 * but lets a shared verb pass for shared work ("recommends changes" to a youth's privileges and
 * to a billing process). Unrelated occupation pairs reach at most 37% of their tasks covered.
 */
export const COVER_WORK_MIN = 0.35;
export const COVER_WORDS_MIN = 0.15;
export const COVER_FULL_WORDS_MIN = 0.25;
/**
 * …or whose words alone agree at least this closely, whatever the work model makes of them (its
 * profiles are weakest on the short, plain clauses of run-on duties). On the O*NET tuning
 * occupations words at 0.3 are right 84% of the time, as often as the one-to-one pairs.
 */
export const COVER_SAME_WORDS_MIN = 0.35;
