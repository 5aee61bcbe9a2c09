import type { Duty } from '../model';
import { analyzeStatement, type AnalyzedStatement } from '../text';
import { apartRule, type Apart } from './apartDuties';
import type { DutyPair, DutyPairKind } from './types';
import { compareDuties, vectorizeAnalysis, type DutySimilarity } from './dutySimilarity';
import { activityProfile, EMPTY_PROFILE, type ActivityModel } from './activities/activityModel';
import { assignMaximum } from './hungarian';
import { pairReason } from './pairReason';
import { withWork, type WorkProfiles } from './workSimilarity';
import { dutyTraits, pairFeatures, pairProbability, type DutyTraits } from './pairScorer';

import { pairIdf, type IdfTable } from './idf';
import { markMoved, mirror, orderRows, type Row } from './alignmentRows';
import {
  GROUP_CONTAINMENT_MIN,
  GROUP_SIMILARITY_MIN,
  PAIR_PROBABILITY_MIN,
  PARTIAL_MIN,
  REWORDED_BALANCE_MAX,
  REWORDED_CONTAINMENT_MIN,
  REWORDED_MIN,
  SAME_MIN,
  SAME_WORK_MIN,
} from './thresholds';

const NO_WORK: WorkProfiles = { whole: EMPTY_PROFILE, clauses: [] };

type MatchedKind = Exclude<DutyPairKind, 'only-a' | 'only-b'>;

/** The kind a similarity earns, or null when it is too low to pair the duties at all. */
export function kindOfSimilarity(similarity: DutySimilarity): MatchedKind | null {
  const { score } = similarity;
  if (score >= SAME_MIN && similarity.literal >= SAME_MIN) return 'same';
  if (score >= PARTIAL_MIN && (similarity.wholeWork ?? 0) >= SAME_WORK_MIN) return 'reworded';
  const covered = Math.min(similarity.aInB, similarity.bInA);
  const balance = Math.abs(similarity.aInB - similarity.bInA);
  if (score >= REWORDED_MIN && covered >= REWORDED_CONTAINMENT_MIN && balance <= REWORDED_BALANCE_MAX)
    return 'reworded';
  if (score >= PARTIAL_MIN) return 'partial';
  return null;
}

/** A paired row's kind, plus the contained side when the pair is partial because one duty is one task of the other. */
function pairedRow(a: number, b: number, similarity: DutySimilarity, kind: MatchedKind): Row {
  const evidence = {
    score: similarity.score,
    ...(similarity.work === undefined ? {} : { work: similarity.work }),
    ...(similarity.activity === undefined ? {} : { activity: similarity.activity }),
  };
  const row: Row = { a, b, kind, score: similarity.score, moved: false, evidence };
  if (kind !== 'partial' || !similarity.contained) return row;
  return { ...row, contained: similarity.contained, ...(similarity.containedInLead ? { containedInLead: true } : {}) };
}

type DutyAnalysis = AnalyzedStatement;

function analyzeDuty(duty: Duty): DutyAnalysis {
  return analyzeStatement(duty.text);
}

function similarityMatrix(
  a: readonly DutyAnalysis[],
  b: readonly DutyAnalysis[],
  idf: IdfTable,
  activities: ActivityModel | undefined,
): DutySimilarity[][] {
  const vectorsA = a.map((analysis) => vectorizeAnalysis(analysis.whole, idf, analysis.clauses));
  const vectorsB = b.map((analysis) => vectorizeAnalysis(analysis.whole, idf, analysis.clauses));
  const lexical = vectorsA.map((vectorA) => vectorsB.map((vectorB) => compareDuties(vectorA, vectorB)));
  if (!activities) return lexical;
  const profilesOf = (analysis: DutyAnalysis): WorkProfiles => ({
    whole: activityProfile(activities, analysis.whole.terms),
    clauses: analysis.clauses.map((clause) => activityProfile(activities, clause.terms)),
  });
  const profilesA = a.map(profilesOf);
  const profilesB = b.map(profilesOf);
  return lexical.map((row, x) =>
    row.map((similarity, y) => withWork(similarity, profilesA[x] ?? NO_WORK, profilesB[y] ?? NO_WORK)),
  );
}

/**
 * A pair's weight in the assignment: its score above the pairing cut-off (plus a sliver, so a
 * pair right at the cut-off still counts). Two pairs that barely clear the cut-off then do not
 * outweigh one clear match, as they would if whole scores were summed.
 */
const ASSIGNMENT_SLIVER = 0.01;

function assignmentWeight(similarity: DutySimilarity): number {
  return similarity.score >= PARTIAL_MIN ? similarity.score - PARTIAL_MIN + ASSIGNMENT_SLIVER : 0;
}

function assignOneToOne(
  matrix: readonly (readonly DutySimilarity[])[],
  weightOf: (a: number, b: number, similarity: DutySimilarity) => number,
): Row[] {
  const weights = matrix.map((row, a) => row.map((similarity, b) => weightOf(a, b, similarity)));
  const rows: Row[] = [];
  assignMaximum(weights).forEach((b, a) => {
    const similarity = b === null ? undefined : matrix[a]?.[b];
    // A pair the scorer accepts below the word cut-offs still pairs: as `partial`.
    if (b !== null && similarity) rows.push(pairedRow(a, b, similarity, kindOfSimilarity(similarity) ?? 'partial'));
  });
  return rows;
}

/**
 * With the work model, a pair of one-task duties weighs its calibrated probability of doing the
 * same work (pairScorer.ts) above PAIR_PROBABILITY_MIN; any other pair, and every pair without
 * the model, its score above the word cut-off (the scorer was fitted on one-task statements only).
 */
function pairWeights(
  a: readonly DutyAnalysis[],
  b: readonly DutyAnalysis[],
  activities: ActivityModel | undefined,
): (x: number, y: number, similarity: DutySimilarity) => number {
  const groups = activities?.groups;
  if (!activities || !groups) return (_x, _y, similarity) => assignmentWeight(similarity);
  const traitsOf = (analysis: DutyAnalysis) =>
    dutyTraits(analysis, activityProfile(activities, analysis.whole.terms), groups);
  const traitsA = a.map(traitsOf);
  const traitsB = b.map(traitsOf);
  return (x, y, similarity) => {
    if (listsTasks(a[x]) || listsTasks(b[y])) return assignmentWeight(similarity);
    const probability = pairProbability(pairFeatures(similarity, traitsA[x] as DutyTraits, traitsB[y] as DutyTraits));
    return probability >= PAIR_PROBABILITY_MIN ? probability - PAIR_PROBABILITY_MIN + ASSIGNMENT_SLIVER : 0;
  };
}

/**
 * The matched row an unmatched duty joins: first the one whose duty clearly covers it (most of
 * its weighted terms, and some similarity); failing that, the one whose duty it is most similar
 * to, when that similarity alone would have paired them and `spansTasks` allows it. A duty
 * spanning several tasks relates to each of their counterparts, and one-to-one pairing can only
 * show one. With the work-activity model, that second way needs one of the two duties to list
 * several tasks (clauses): two one-task duties whose best partners are taken are merely alike,
 * and a group would claim they do the same work (on the O*NET tuning occupations such joins
 * shared O*NET's activity a third of the time).
 */
function bestCover(
  candidates: readonly Row[],
  covers: (row: Row) => DutySimilarity,
  containment: (similarity: DutySimilarity) => number,
  spansTasks: (row: Row) => boolean,
): Row | null {
  let best: Row | null = null;
  let bestContainment = GROUP_CONTAINMENT_MIN;
  let closest: Row | null = null;
  let closestScore = PARTIAL_MIN;
  for (const row of candidates) {
    const similarity = covers(row);
    if (similarity.score >= closestScore && (!closest || similarity.score > closestScore) && spansTasks(row)) {
      closest = row;
      closestScore = similarity.score;
    }
    const share = containment(similarity);
    if (similarity.score < GROUP_SIMILARITY_MIN || share < bestContainment) continue;
    if (best && share === bestContainment && similarity.score <= covers(best).score) continue;
    best = row;
    bestContainment = share;
  }
  return best ?? closest;
}

/** Whether the duty lists several tasks (clauses), so it can relate to several duties of the other side. */
function listsTasks(analysis: DutyAnalysis | undefined): boolean {
  return (analysis?.clauses.length ?? 0) > 0;
}

function groupMembers(
  primary: readonly Row[],
  matrix: readonly (readonly DutySimilarity[])[],
  a: readonly DutyAnalysis[],
  b: readonly DutyAnalysis[],
  withWork: boolean,
): Row[] {
  const matchedA = new Set(primary.map((row) => row.a));
  const matchedB = new Set(primary.map((row) => row.b));
  const members: Row[] = [];
  const cell = (x: number, y: number): DutySimilarity => matrix[x]?.[y] ?? { score: 0, aInB: 0, bInA: 0, literal: 0 };
  for (let y = 0; y < b.length; y += 1) {
    if (matchedB.has(y)) continue;
    const spans = (row: Row) => !withWork || listsTasks(b[y]) || listsTasks(a[row.a ?? 0]);
    const cover = bestCover(
      primary,
      (row) => cell(row.a ?? 0, y),
      (similarity) => similarity.bInA,
      spans,
    );
    if (!cover || cover.a === null) continue;
    const similarity = cell(cover.a, y);
    members.push({
      ...pairedRow(cover.a, y, similarity, kindOfSimilarity(similarity) ?? 'partial'),
      moved: cover.moved,
      group: 'split',
    });
    cover.group ??= 'split';
  }
  for (let x = 0; x < a.length; x += 1) {
    if (matchedA.has(x)) continue;
    const spans = (row: Row) => !withWork || listsTasks(a[x]) || listsTasks(b[row.b ?? 0]);
    const cover = bestCover(
      primary,
      (row) => cell(x, row.b ?? 0),
      (similarity) => similarity.aInB,
      spans,
    );
    if (!cover || cover.b === null) continue;
    const similarity = cell(x, cover.b);
    members.push({
      ...pairedRow(x, cover.b, similarity, kindOfSimilarity(similarity) ?? 'partial'),
      moved: cover.moved,
      group: 'merge',
    });
    cover.group ??= 'merge';
  }
  return members;
}

const NOTHING_SHARED: DutySimilarity = { score: 0, aInB: 0, bInA: 0, literal: 0 };

function alignOriented(
  a: readonly DutyAnalysis[],
  b: readonly DutyAnalysis[],
  idf: IdfTable,
  activities: ActivityModel | undefined,
  apart: Apart | null,
): Row[] {
  const similarities = similarityMatrix(a, b, idf, activities);
  const matrix = apart
    ? similarities.map((row, x) => row.map((cell, y) => (apart(x, y) ? NOTHING_SHARED : cell)))
    : similarities;
  // The scorer also reads traits of each duty alone (its verb, its activity groups), so an emptied
  // cell can still score: a pair kept apart weighs nothing.
  const weightOf = pairWeights(a, b, activities);
  const primary = assignOneToOne(
    matrix,
    apart ? (x, y, similarity) => (apart(x, y) ? 0 : weightOf(x, y, similarity)) : weightOf,
  );
  markMoved(primary);
  const members = groupMembers(primary, matrix, a, b, activities !== undefined);
  const rows = [...primary, ...members];
  const usedA = new Set(rows.map((row) => row.a));
  const usedB = new Set(rows.map((row) => row.b));
  a.forEach((_, index) => {
    if (!usedA.has(index)) rows.push({ a: index, b: null, kind: 'only-a', score: 0, moved: false });
  });
  b.forEach((_, index) => {
    if (!usedB.has(index)) rows.push({ a: null, b: index, kind: 'only-b', score: 0, moved: false });
  });
  return rows;
}

/** Order-independent fingerprint, so aligning (A, B) and (B, A) runs the very same computation. */
function orientationKey(duties: readonly Duty[]): string {
  return duties
    .map((duty) => duty.text)
    .sort()
    .join('\n');
}

export type DutyAlignmentOptions = Readonly<{
  idf?: IdfTable;
  /** Work-activity model (loadActivityModel): pairs are then scored by shared work as well as shared words. */
  activities?: ActivityModel;
  /**
   * Duties listed but never paired: a duty naming the other class (dutiesByReference.ts) is all of
   * it, not one of its duties.
   */
  unpaired?: Readonly<{ a: readonly number[]; b: readonly number[] }>;
}>;

/**
 * Aligns two duty lists: optimal one-to-one pairing by similarity (Hungarian), then unmatched
 * duties clearly covered by a paired duty join its group (split/merge), `moved` for pairs off
 * the longest run that keeps both orders, and the rest listed as only-a / only-b. The result
 * is the mirror image when A and B are swapped. IDF is computed over both lists, with the
 * generic class-spec vocabulary weighed down, unless a (library-wide) table is given.
 */
export function alignDuties(a: readonly Duty[], b: readonly Duty[], options: DutyAlignmentOptions = {}): DutyPair[] {
  const analysesA = a.map(analyzeDuty);
  const analysesB = b.map(analyzeDuty);
  const idf = pairIdf(options.idf, [...analysesA, ...analysesB]);
  const swapped = orientationKey(a) > orientationKey(b);
  const apart = apartRule(a, b, options.unpaired ?? { a: [], b: [] });
  const rows = swapped
    ? alignOriented(analysesB, analysesA, idf, options.activities, apart && ((x, y) => apart(y, x))).map(mirror)
    : alignOriented(analysesA, analysesB, idf, options.activities, apart);
  const titles = options.activities?.titles ?? [];
  return orderRows(rows).map(({ evidence, ...row }) => {
    if (row.a === null || row.b === null || !evidence) return row;
    return { ...row, why: pairReason(a[row.a]?.text ?? '', b[row.b]?.text ?? '', evidence, titles) };
  });
}
