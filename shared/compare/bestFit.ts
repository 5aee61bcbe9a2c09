import type { ClassSpec, FactorKey, FactorReadings } from '../model';
import { termsOf } from '../text';
import { buildIdf, idfWeight, type IdfTable } from './idf';
import { CONTAINMENT_WEIGHT, COVERAGE_CREDIT, PARTIAL_MIN, REWORDED_MIN } from './thresholds';
import type { BestFitEntry } from './types';

export type BestFitCandidate = Readonly<{ id: string; spec: ClassSpec }>;

/** A library prepared once for ranking: IDF over every duty, an inverted index from term to duties. */
export type BestFitIndex = Readonly<{
  idf: IdfTable;
  entries: readonly Readonly<{ id: string; title: string | null; factors: FactorReadings }>[];
  /** Entry that owns each duty (duties are numbered across the whole library). */
  dutyOwner: Int32Array;
  dutyNorm: Float64Array;
  /** Σ IDF of each duty's terms, for one-sided containment. */
  dutyWeightSum: Float64Array;
  /** Duties containing each term. Terms are counted once per duty, so a posting's weight is the term's IDF. */
  postings: ReadonlyMap<string, Int32Array>;
  /** Each entry's closeness-factor levels, flattened once. */
  factorRows: readonly ReturnType<typeof factorRow>[];
}>;

export function prepareBestFitIndex(candidates: readonly BestFitCandidate[]): BestFitIndex {
  const dutyTerms = candidates.map((candidate) => candidate.spec.duties.map((duty) => [...new Set(termsOf(duty.text))]));
  const idf = buildIdf(dutyTerms.flat());
  const dutyCount = dutyTerms.reduce((sum, terms) => sum + terms.length, 0);
  const dutyOwner = new Int32Array(dutyCount);
  const dutyNorm = new Float64Array(dutyCount);
  const dutyWeightSum = new Float64Array(dutyCount);
  const lists = new Map<string, number[]>();
  let duty = 0;
  dutyTerms.forEach((duties, entry) => {
    for (const terms of duties) {
      let squared = 0;
      let sum = 0;
      for (const term of terms) {
        const weight = idfWeight(idf, term);
        squared += weight * weight;
        sum += weight;
        let list = lists.get(term);
        if (!list) lists.set(term, (list = []));
        list.push(duty);
      }
      dutyOwner[duty] = entry;
      dutyNorm[duty] = Math.sqrt(squared);
      dutyWeightSum[duty] = sum;
      duty += 1;
    }
  });
  const postings = new Map([...lists].map(([term, list]) => [term, Int32Array.from(list)] as const));
  const entries = candidates.map((candidate) => ({ id: candidate.id, title: candidate.spec.title, factors: candidate.spec.factors }));
  const factorRows = candidates.map((candidate) => factorRow(candidate.spec.factors));
  return { idf, entries, dutyOwner, dutyNorm, dutyWeightSum, postings, factorRows };
}

function creditOf(score: number): number {
  if (score >= REWORDED_MIN) return COVERAGE_CREDIT.reworded;
  if (score >= PARTIAL_MIN) return COVERAGE_CREDIT.partial;
  return 0;
}

/** Scratch arrays sized to the library, reused across the duties of one query. */
type Scratch = { dot: Float64Array; shared: Float64Array; touched: Int32Array; best: Float64Array; touchedEntries: Int32Array; credit: Float64Array };

function scratchFor(index: BestFitIndex): Scratch {
  const duties = index.dutyNorm.length;
  const entries = index.entries.length;
  return {
    dot: new Float64Array(duties),
    shared: new Float64Array(duties),
    touched: new Int32Array(duties),
    best: new Float64Array(entries),
    touchedEntries: new Int32Array(entries),
    credit: new Float64Array(entries),
  };
}

/** Adds one query duty's credit to every entry holding a duty that shares a term with it. */
function creditDuty(terms: readonly string[], index: BestFitIndex, scratch: Scratch): void {
  const { dot, shared, touched, best, touchedEntries, credit } = scratch;
  let touchedCount = 0;
  let querySquared = 0;
  let querySum = 0;
  for (const term of terms) {
    const list = index.postings.get(term);
    const weight = idfWeight(index.idf, term);
    querySquared += weight * weight;
    querySum += weight;
    if (!list) continue;
    const squared = weight * weight;
    for (let position = 0; position < list.length; position += 1) {
      const duty = list[position] as number;
      if (shared[duty] === 0) touched[touchedCount++] = duty;
      dot[duty] = (dot[duty] as number) + squared;
      shared[duty] = (shared[duty] as number) + weight;
    }
  }
  const queryNorm = Math.sqrt(querySquared);
  let entryCount = 0;
  for (let position = 0; position < touchedCount; position += 1) {
    const duty = touched[position] as number;
    const overlap = shared[duty] as number;
    const cosine = (dot[duty] as number) / (queryNorm * ((index.dutyNorm[duty] as number) || 1));
    const containment = Math.max(overlap / querySum, overlap / ((index.dutyWeightSum[duty] as number) || 1));
    const score = Math.max(cosine, CONTAINMENT_WEIGHT * containment);
    const entry = index.dutyOwner[duty] as number;
    if (best[entry] === 0) touchedEntries[entryCount++] = entry;
    if (score > (best[entry] as number)) best[entry] = score;
    dot[duty] = 0;
    shared[duty] = 0;
  }
  for (let position = 0; position < entryCount; position += 1) {
    const entry = touchedEntries[position] as number;
    credit[entry] = (credit[entry] as number) + creditOf(best[entry] as number);
    best[entry] = 0;
  }
}

/**
 * Per entry, the summed credit of each query duty's best-matching duty in that entry. The
 * similarity is the one compareSpecs uses minus the word-pair bonus: IDF cosine, floored by
 * one-sided containment, both accumulated through the inverted index.
 */
function accumulateCoverage(spec: ClassSpec, index: BestFitIndex): Float64Array {
  const scratch = scratchFor(index);
  for (const duty of spec.duties) {
    const terms = [...new Set(termsOf(duty.text))];
    if (terms.length > 0) creditDuty(terms, index, scratch);
  }
  return scratch.credit;
}

const CLOSENESS_FACTORS: readonly FactorKey[] = ['education', 'experience_years', 'complexity', 'impact', 'supervision_received', 'supervision_exercised', 'internal_contacts', 'external_contacts'];

/** Levels of the closeness factors as a flat row (NaN = not read), with each factor's scale span. */
function factorRow(factors: FactorReadings): Readonly<{ levels: Float64Array; spans: Float64Array }> {
  const levels = new Float64Array(CLOSENESS_FACTORS.length).fill(Number.NaN);
  const spans = new Float64Array(CLOSENESS_FACTORS.length).fill(1);
  CLOSENESS_FACTORS.forEach((key, position) => {
    const reading = factors[key];
    if (!reading) return;
    levels[position] = reading.level;
    spans[position] = Math.max(1, reading.scaleSize - 1);
  });
  return { levels, spans };
}

function rowCloseness(a: ReturnType<typeof factorRow>, b: ReturnType<typeof factorRow>): number {
  let total = 0;
  let count = 0;
  for (let position = 0; position < CLOSENESS_FACTORS.length; position += 1) {
    const levelA = a.levels[position] as number;
    const levelB = b.levels[position] as number;
    if (Number.isNaN(levelA) || Number.isNaN(levelB)) continue;
    const span = Math.max(a.spans[position] as number, b.spans[position] as number);
    total += 1 - Math.min(1, Math.abs(levelA - levelB) / span);
    count += 1;
  }
  return count === 0 ? 0.5 : total / count;
}

/** 1 when every factor both sides read is at the same level, falling linearly with the gap; 0.5 when none can be compared. */
export function factorCloseness(a: FactorReadings, b: FactorReadings): number {
  return rowCloseness(factorRow(a), factorRow(b));
}

/** Duties decide best fit; factor levels break near-ties (the level of responsibility). */
const COVERAGE_WEIGHT = 0.75;

/** Positions of the `limit` highest scores, best first (ties: earlier position first). */
function topPositions(scores: Float64Array, limit: number, skip: (position: number) => boolean): number[] {
  const top: number[] = [];
  for (let position = 0; position < scores.length; position += 1) {
    if (skip(position)) continue;
    const score = scores[position] as number;
    if (top.length === limit && score <= (scores[top[top.length - 1] as number] as number)) continue;
    let insertAt = top.length;
    while (insertAt > 0 && score > (scores[top[insertAt - 1] as number] as number)) insertAt -= 1;
    top.splice(insertAt, 0, position);
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * Library classes ranked by how well they describe the spec: the share of the spec's duties
 * with a comparable duty in the class (each duty's best match by IDF-weighted cosine, found
 * through the inverted index) and how close the factor levels are.
 */
export function rankBestFit(spec: ClassSpec, index: BestFitIndex, options: Readonly<{ limit?: number; excludeId?: string }> = {}): BestFitEntry[] {
  const credit = accumulateCoverage(spec, index);
  const dutyCount = Math.max(1, spec.duties.length);
  const queryRow = factorRow(spec.factors);
  const scores = new Float64Array(index.entries.length);
  const closeness = new Float64Array(index.entries.length);
  for (let position = 0; position < scores.length; position += 1) {
    closeness[position] = rowCloseness(queryRow, index.factorRows[position] ?? factorRow({}));
    const coverage = Math.min(1, (credit[position] as number) / dutyCount);
    scores[position] = COVERAGE_WEIGHT * coverage + (1 - COVERAGE_WEIGHT) * (closeness[position] as number);
  }
  const top = topPositions(scores, options.limit ?? 10, (position) => index.entries[position]?.id === options.excludeId);
  return top.map((position) => ({
    id: index.entries[position]?.id ?? '',
    title: index.entries[position]?.title ?? null,
    coverage: Math.min(1, (credit[position] as number) / dutyCount),
    factorCloseness: closeness[position] as number,
    score: scores[position] as number,
  }));
}
