import { analyzeStatement, type AnalyzedText } from '../text';
import { idfWeight, type IdfTable } from './idf';
import {
  BIGRAM_BONUS_WEIGHT,
  CLAUSE_WEIGHT,
  CONTAINED_CLAUSE_MIN,
  CONTAINED_SHARE_MIN,
  CONTAINMENT_WEIGHT,
  PARTIAL_MIN,
} from './thresholds';

/** Weighted terms of a statement or of one of its clauses. */
export type TermVector = Readonly<{
  /** Distinct terms with their IDF weight. */
  weights: ReadonlyMap<string, number>;
  /** Σ weight² (squared vector length). */
  squaredNorm: number;
  /** Σ weight. */
  weightSum: number;
  /** Adjacent content-term pairs, "a b". */
  bigrams: ReadonlySet<string>;
}>;

/** A duty statement reduced to what the similarity measure needs. */
export type DutyVector = TermVector &
  Readonly<{
    normalized: string;
    /** Stemmed content words and word pairs without synonym mapping: tells "same wording" from "same meaning". */
    literal: ReadonlySet<string>;
    /**
     * Each clause of a multi-clause statement (semicolons, sentences), then each run of two
     * adjacent clauses when there are more than two; empty for a single-clause statement.
     */
    clauses: readonly TermVector[];
    /** Which of `clauses` hold the lead clause (the first, where a spec names the duty before elaborating). */
    leadClauses: readonly boolean[];
  }>;

export type DutySimilarity = Readonly<{
  /** Symmetric similarity 0..1: the best of whole-statement, containment and clause evidence. */
  score: number;
  /** Share of A's weighted terms found in B. */
  aInB: number;
  /** Share of B's weighted terms found in A. */
  bInA: number;
  /** Dice overlap of the literal (unsynonymized) words, 0..1; 1 for identical normalized text. */
  literal: number;
  /**
   * Similarity of the whole of A to the best-matching clause of B (0 when B has a single
   * clause): how plainly A is one of the tasks B lists.
   */
  aInClause?: number;
  /** The same for the whole of B against A's clauses. */
  bInClause?: number;
  /**
   * The side whose duty is a single clause that is wholly one task of the other side's
   * multi-clause duty: most of its weighted terms are in the other duty, and it closely matches
   * one clause (or two adjacent clauses) there. Absent when neither is.
   */
  contained?: 'a' | 'b';
  /**
   * The contained duty restates the lead clause of the other: it names the same main task, and
   * the other duty's further clauses elaborate on it.
   */
  containedInLead?: boolean;
  /** With a work-activity model: the word-only score (`score` then blends in `work`). */
  lexical?: number;
  /** With a work-activity model: the best cosine of the two duties' activity profiles (whole against whole or against one clause), 0..1. */
  work?: number;
  /** With a work-activity model: the cosine of the whole statements' profiles. */
  wholeWork?: number;
  /** With a work-activity model: the activity (index into the model's titles) the pair shares most. */
  activity?: number;
}>;

/** Literal stems plus adjacent stem pairs, so reordered clauses do not count as the same wording. */
function literalWordsAndPairs(stems: readonly string[]): ReadonlySet<string> {
  const result = new Set(stems);
  for (let index = 1; index < stems.length; index += 1) result.add(`${stems[index - 1]} ${stems[index]}`);
  return result;
}

// A duty's clauses and clause pairs repeat its terms; each table's weights are computed once per term.
const weightCaches = new WeakMap<IdfTable, Map<string, number>>();

function weigher(idf: IdfTable): (term: string) => number {
  let cache = weightCaches.get(idf);
  if (!cache) weightCaches.set(idf, (cache = new Map<string, number>()));
  const known = cache;
  return (term) => {
    let weight = known.get(term);
    if (weight === undefined) known.set(term, (weight = idfWeight(idf, term)));
    return weight;
  };
}

function vectorizeTerms(terms: readonly string[], weightOf: (term: string) => number): TermVector {
  const weights = new Map<string, number>();
  for (const term of terms) if (!weights.has(term)) weights.set(term, weightOf(term));
  let squaredNorm = 0;
  let weightSum = 0;
  for (const weight of weights.values()) {
    squaredNorm += weight * weight;
    weightSum += weight;
  }
  const bigrams = new Set<string>();
  for (let index = 1; index < terms.length; index += 1) bigrams.add(`${terms[index - 1]} ${terms[index]}`);
  return { weights, squaredNorm, weightSum, bigrams };
}

export function vectorizeDuty(text: string, idf: IdfTable): DutyVector {
  const { whole, clauses } = analyzeStatement(text);
  return vectorizeAnalysis(whole, idf, clauses);
}

/** Same as vectorizeDuty for a text already analyzed (saves a second pass when the IDF was built from it). */
export function vectorizeAnalysis(
  analysis: AnalyzedText,
  idf: IdfTable,
  clauses: readonly AnalyzedText[] = [],
): DutyVector {
  const units = clauseUnits(clauses);
  const weightOf = weigher(idf);
  return {
    ...vectorizeTerms(analysis.terms, weightOf),
    normalized: analysis.normalized,
    literal: literalWordsAndPairs(analysis.stems),
    clauses: units.map((terms) => vectorizeTerms(terms, weightOf)),
    leadClauses: units.map((_, index) => index === 0 || index === clauses.length),
  };
}

/**
 * The clauses, and adjacent pairs of them: a short duty naming several tasks ("supervises,
 * trains and evaluates") often restates two neighbouring clauses of a long one.
 */
function clauseUnits(clauses: readonly AnalyzedText[]): (readonly string[])[] {
  const units: (readonly string[])[] = clauses.map((clause) => clause.terms);
  if (clauses.length < 3) return units;
  for (let index = 1; index < clauses.length; index += 1)
    units.push([...(clauses[index - 1]?.terms ?? []), ...(clauses[index]?.terms ?? [])]);
  return units;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * sharedCount(a, b)) / total;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const item of small) if (large.has(item)) count += 1;
  return count;
}

/** `dot`: Σ weight² of the shared terms; `sharedPairs`: number of shared word pairs. */
type TermOverlap = Readonly<{ score: number; aInB: number; bInA: number; dot: number; sharedPairs: number }>;

/** IDF-weighted cosine raised toward 1 by the share of shared word pairs, with each side's share found in the other. */
function overlapOf(a: TermVector, b: TermVector): TermOverlap {
  if (a.squaredNorm === 0 || b.squaredNorm === 0) return { score: 0, aInB: 0, bInA: 0, dot: 0, sharedPairs: 0 };
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  let sharedWeight = 0;
  for (const [term, weight] of small) {
    if (!large.has(term)) continue;
    dot += weight * weight;
    sharedWeight += weight;
  }
  const cosine = Math.min(1, dot / Math.sqrt(a.squaredNorm * b.squaredNorm));
  const sharedPairs = sharedCount(a.bigrams, b.bigrams);
  const pairs = a.bigrams.size + b.bigrams.size;
  const bonus = pairs === 0 ? 0 : (2 * sharedPairs) / pairs;
  return {
    score: cosine + (1 - cosine) * BIGRAM_BONUS_WEIGHT * bonus,
    aInB: sharedWeight / a.weightSum,
    bInA: sharedWeight / b.weightSum,
    dot,
    sharedPairs,
  };
}

type ClauseMatch = Readonly<{ score: number; lead: boolean }>;

const NO_CLAUSE_MATCH: ClauseMatch = { score: 0, lead: false };

/**
 * Highest score `whole` could reach against any clause of a duty, from its overlap with the
 * whole duty: a clause shares at most those terms, so its cosine is at most √dot / |whole|
 * (Cauchy–Schwarz), and at most those word pairs, so the pair bonus is at most 2·shared / |pairs|.
 */
function clauseScoreBound(whole: TermVector, overlap: TermOverlap): number {
  const cosine = Math.min(1, Math.sqrt(overlap.dot / whole.squaredNorm));
  const bonus = whole.bigrams.size === 0 ? 0 : Math.min(1, (2 * overlap.sharedPairs) / whole.bigrams.size);
  return cosine + (1 - cosine) * BIGRAM_BONUS_WEIGHT * bonus;
}

/** The best similarity of the whole of `whole` with one clause of `listed`, and whether that clause is the lead one. */
function bestClauseMatch(whole: TermVector, listed: DutyVector): ClauseMatch {
  let best: ClauseMatch = NO_CLAUSE_MATCH;
  listed.clauses.forEach((clause, index) => {
    const score = overlapOf(whole, clause).score;
    if (score > best.score) best = { score, lead: listed.leadClauses[index] ?? false };
  });
  return best;
}

/**
 * How alike two duties are. Identical normalized text scores 1. Otherwise the best of: the
 * whole statements' similarity (IDF-weighted cosine plus a bonus for shared word pairs, so the
 * same words in the same order beat mere shared vocabulary); a fixed share of the one-sided
 * containment, so a duty folded into a longer one still pairs with it; and a fixed share of the
 * best duty-to-clause similarity, so a short duty that is one task of a long semicolon-run duty
 * is not diluted by the other tasks.
 */
export function compareDuties(a: DutyVector, b: DutyVector): DutySimilarity {
  if (a.normalized !== '' && a.normalized === b.normalized)
    return { score: 1, aInB: 1, bInA: 1, literal: 1, aInClause: 1, bInClause: 1 };
  const whole = overlapOf(a, b);
  const literal = dice(a.literal, b.literal);
  if (whole.aInB === 0) return { score: 0, aInB: 0, bInA: 0, literal, aInClause: 0, bInClause: 0 };
  const floor = Math.max(whole.score, CONTAINMENT_WEIGHT * Math.max(whole.aInB, whole.bInA));
  // Most pairs share too little for a clause to lift them to a pairing score (or above what they
  // have); the bound skips their clause loops. Scores below PARTIAL_MIN pair nothing either way.
  const target = Math.max(floor, PARTIAL_MIN);
  const worthMatching = (share: number, side: TermVector) =>
    share >= CONTAINED_SHARE_MIN || CLAUSE_WEIGHT * clauseScoreBound(side, whole) >= target;
  const aMatch = worthMatching(whole.aInB, a) ? bestClauseMatch(a, b) : NO_CLAUSE_MATCH;
  const bMatch = worthMatching(whole.bInA, b) ? bestClauseMatch(b, a) : NO_CLAUSE_MATCH;
  const score = Math.max(floor, CLAUSE_WEIGHT * Math.max(aMatch.score, bMatch.score));
  const similarity = {
    score,
    aInB: whole.aInB,
    bInA: whole.bInA,
    literal,
    aInClause: aMatch.score,
    bInClause: bMatch.score,
  };
  const aContained =
    a.clauses.length === 0 && whole.aInB >= CONTAINED_SHARE_MIN && aMatch.score >= CONTAINED_CLAUSE_MIN;
  const bContained =
    b.clauses.length === 0 && whole.bInA >= CONTAINED_SHARE_MIN && bMatch.score >= CONTAINED_CLAUSE_MIN;
  if (aContained === bContained) return similarity;
  return aContained
    ? { ...similarity, contained: 'a', containedInLead: aMatch.lead }
    : { ...similarity, contained: 'b', containedInLead: bMatch.lead };
}
