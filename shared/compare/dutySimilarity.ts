import { analyzeText, type AnalyzedText } from '../text';
import { idfWeight, type IdfTable } from './idf';
import { BIGRAM_BONUS_WEIGHT, CONTAINMENT_WEIGHT } from './thresholds';

/** A duty statement reduced to what the similarity measure needs. */
export type DutyVector = Readonly<{
  normalized: string;
  /** Distinct terms with their IDF weight. */
  weights: ReadonlyMap<string, number>;
  /** Σ weight² (squared vector length). */
  squaredNorm: number;
  /** Σ weight. */
  weightSum: number;
  /** Adjacent content-term pairs, "a b". */
  bigrams: ReadonlySet<string>;
  /** Stemmed content words and word pairs without synonym mapping: tells "same wording" from "same meaning". */
  literal: ReadonlySet<string>;
}>;

export type DutySimilarity = Readonly<{
  /** Symmetric similarity 0..1: IDF-weighted cosine plus a bonus for shared word pairs. */
  score: number;
  /** Share of A's weighted terms found in B. */
  aInB: number;
  /** Share of B's weighted terms found in A. */
  bInA: number;
  /** Dice overlap of the literal (unsynonymized) words, 0..1; 1 for identical normalized text. */
  literal: number;
}>;

/** Literal stems plus adjacent stem pairs, so reordered clauses do not count as the same wording. */
function literalWordsAndPairs(stems: readonly string[]): ReadonlySet<string> {
  const result = new Set(stems);
  for (let index = 1; index < stems.length; index += 1) result.add(`${stems[index - 1]} ${stems[index]}`);
  return result;
}

export function vectorizeDuty(text: string, idf: IdfTable): DutyVector {
  return vectorizeAnalysis(analyzeText(text), idf);
}

/** Same as vectorizeDuty for a text already analyzed (saves a second pass when the IDF was built from it). */
export function vectorizeAnalysis(analysis: AnalyzedText, idf: IdfTable): DutyVector {
  const { normalized, stems, terms } = analysis;
  const weights = new Map<string, number>();
  for (const term of terms) if (!weights.has(term)) weights.set(term, idfWeight(idf, term));
  let squaredNorm = 0;
  let weightSum = 0;
  for (const weight of weights.values()) {
    squaredNorm += weight * weight;
    weightSum += weight;
  }
  const bigrams = new Set<string>();
  for (let index = 1; index < terms.length; index += 1) bigrams.add(`${terms[index - 1]} ${terms[index]}`);
  return { normalized, weights, squaredNorm, weightSum, bigrams, literal: literalWordsAndPairs(stems) };
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

/**
 * How alike two duties are. Identical normalized text scores 1. Otherwise the cosine of the
 * IDF-weighted term sets, raised toward 1 by the share of shared word pairs (Dice), so that
 * a duty with the same words in the same order beats one that merely shares vocabulary; and
 * at least a fixed share of the one-sided containment, so a duty folded into a longer one
 * still pairs with it.
 */
export function compareDuties(a: DutyVector, b: DutyVector): DutySimilarity {
  if (a.normalized !== '' && a.normalized === b.normalized) return { score: 1, aInB: 1, bInA: 1, literal: 1 };
  if (a.squaredNorm === 0 || b.squaredNorm === 0) return { score: 0, aInB: 0, bInA: 0, literal: dice(a.literal, b.literal) };
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  let sharedWeight = 0;
  for (const [term, weight] of small) {
    if (!large.has(term)) continue;
    dot += weight * weight;
    sharedWeight += weight;
  }
  const cosine = Math.min(1, dot / Math.sqrt(a.squaredNorm * b.squaredNorm));
  const aInB = sharedWeight / a.weightSum;
  const bInA = sharedWeight / b.weightSum;
  const pairScore = cosine + (1 - cosine) * BIGRAM_BONUS_WEIGHT * dice(a.bigrams, b.bigrams);
  // A short duty wholly inside a long one has a low cosine but is plainly part of it.
  const score = Math.max(pairScore, CONTAINMENT_WEIGHT * Math.max(aInB, bInA));
  return { score, aInB, bInA, literal: dice(a.literal, b.literal) };
}
