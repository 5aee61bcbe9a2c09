import type { ClassSpec, FactorKey, FactorReadings } from '../spec/types';
import { termsOf } from '../text';
import { buildIdf, idfWeight, type IdfTable } from './idf';
import { CONTAINMENT_WEIGHT, COVERAGE_CREDIT, PARTIAL_MIN, REWORDED_MIN } from './thresholds';
import type { BestFitEntry } from './types';

export type BestFitCandidate = Readonly<{ id: string; spec: ClassSpec }>;

type Posting = Readonly<{ duty: number; weight: number }>;

/** A library prepared once for ranking: IDF over every duty, an inverted index from term to duties. */
export type BestFitIndex = Readonly<{
  idf: IdfTable;
  entries: readonly Readonly<{ id: string; title: string | null; factors: FactorReadings }>[];
  /** Entry that owns each duty (duties are numbered across the whole library). */
  dutyOwner: Int32Array;
  dutyNorm: Float64Array;
  /** Σ IDF of each duty's terms, for one-sided containment. */
  dutyWeightSum: Float64Array;
  postings: ReadonlyMap<string, readonly Posting[]>;
}>;

export function prepareBestFitIndex(candidates: readonly BestFitCandidate[]): BestFitIndex {
  const dutyTerms = candidates.map((candidate) => candidate.spec.duties.map((duty) => [...new Set(termsOf(duty.text))]));
  const idf = buildIdf(dutyTerms.flat());
  const dutyCount = dutyTerms.reduce((sum, terms) => sum + terms.length, 0);
  const dutyOwner = new Int32Array(dutyCount);
  const dutyNorm = new Float64Array(dutyCount);
  const dutyWeightSum = new Float64Array(dutyCount);
  const postings = new Map<string, Posting[]>();
  let duty = 0;
  dutyTerms.forEach((duties, entry) => {
    for (const terms of duties) {
      let squared = 0;
      let sum = 0;
      for (const term of terms) {
        const weight = idfWeight(idf, term);
        squared += weight * weight;
        sum += weight;
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push({ duty, weight });
      }
      dutyOwner[duty] = entry;
      dutyNorm[duty] = Math.sqrt(squared);
      dutyWeightSum[duty] = sum;
      duty += 1;
    }
  });
  const entries = candidates.map((candidate) => ({ id: candidate.id, title: candidate.spec.title, factors: candidate.spec.factors }));
  return { idf, entries, dutyOwner, dutyNorm, dutyWeightSum, postings };
}

function creditOf(score: number): number {
  if (score >= REWORDED_MIN) return COVERAGE_CREDIT.reworded;
  if (score >= PARTIAL_MIN) return COVERAGE_CREDIT.partial;
  return 0;
}

/**
 * Per entry, the summed credit of each query duty's best-matching duty in that entry. The
 * similarity is the one compareSpecs uses minus the word-pair bonus: IDF cosine, floored by
 * one-sided containment, both accumulated through the inverted index.
 */
function accumulateCoverage(spec: ClassSpec, index: BestFitIndex): Float64Array {
  const dutyCount = index.dutyNorm.length;
  const dot = new Float64Array(dutyCount);
  const shared = new Float64Array(dutyCount);
  const best = new Float64Array(index.entries.length);
  const credit = new Float64Array(index.entries.length);
  for (const duty of spec.duties) {
    const terms = [...new Set(termsOf(duty.text))];
    const weights = terms.map((term) => idfWeight(index.idf, term));
    const queryNorm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0));
    const querySum = weights.reduce((sum, weight) => sum + weight, 0);
    if (queryNorm === 0) continue;
    const touched: number[] = [];
    terms.forEach((term, position) => {
      const queryWeight = weights[position] ?? 0;
      for (const posting of index.postings.get(term) ?? []) {
        if (dot[posting.duty] === 0) touched.push(posting.duty);
        dot[posting.duty] = (dot[posting.duty] ?? 0) + queryWeight * posting.weight;
        shared[posting.duty] = (shared[posting.duty] ?? 0) + posting.weight;
      }
    });
    const touchedEntries: number[] = [];
    for (const candidateDuty of touched) {
      const entry = index.dutyOwner[candidateDuty] ?? 0;
      const cosine = (dot[candidateDuty] ?? 0) / (queryNorm * (index.dutyNorm[candidateDuty] || 1));
      const overlap = shared[candidateDuty] ?? 0;
      const containment = Math.max(overlap / querySum, overlap / (index.dutyWeightSum[candidateDuty] || 1));
      const score = Math.max(cosine, CONTAINMENT_WEIGHT * containment);
      if (best[entry] === 0) touchedEntries.push(entry);
      if (score > (best[entry] ?? 0)) best[entry] = score;
      dot[candidateDuty] = 0;
      shared[candidateDuty] = 0;
    }
    for (const entry of touchedEntries) {
      credit[entry] = (credit[entry] ?? 0) + creditOf(best[entry] ?? 0);
      best[entry] = 0;
    }
  }
  return credit;
}

const CLOSENESS_FACTORS: readonly FactorKey[] = ['education', 'experience_years', 'complexity', 'impact', 'supervision_received', 'supervision_exercised', 'internal_contacts', 'external_contacts'];

/** 1 when every factor both sides read is at the same level, falling linearly with the gap; 0.5 when none can be compared. */
export function factorCloseness(a: FactorReadings, b: FactorReadings): number {
  let total = 0;
  let count = 0;
  for (const key of CLOSENESS_FACTORS) {
    const readingA = a[key];
    const readingB = b[key];
    if (!readingA || !readingB) continue;
    const span = Math.max(1, Math.max(readingA.scaleSize, readingB.scaleSize) - 1);
    total += 1 - Math.min(1, Math.abs(readingA.level - readingB.level) / span);
    count += 1;
  }
  return count === 0 ? 0.5 : total / count;
}

/** Duties decide best fit; factor levels break near-ties (the level of responsibility). */
const COVERAGE_WEIGHT = 0.75;

/**
 * Library classes ranked by how well they describe the spec: the share of the spec's duties
 * with a comparable duty in the class (each duty's best match by IDF-weighted cosine, found
 * through the inverted index) and how close the factor levels are.
 */
export function rankBestFit(spec: ClassSpec, index: BestFitIndex, options: Readonly<{ limit?: number; excludeId?: string }> = {}): BestFitEntry[] {
  const credit = accumulateCoverage(spec, index);
  const dutyCount = Math.max(1, spec.duties.length);
  const ranked: BestFitEntry[] = [];
  index.entries.forEach((entry, position) => {
    if (entry.id === options.excludeId) return;
    const coverage = Math.min(1, (credit[position] ?? 0) / dutyCount);
    const closeness = factorCloseness(spec.factors, entry.factors);
    const score = COVERAGE_WEIGHT * coverage + (1 - COVERAGE_WEIGHT) * closeness;
    ranked.push({ id: entry.id, title: entry.title, coverage, factorCloseness: closeness, score });
  });
  ranked.sort((x, y) => y.score - x.score || y.coverage - x.coverage || x.id.localeCompare(y.id));
  return ranked.slice(0, options.limit ?? 10);
}
