import type { Duty } from '../spec/types';
import { analyzeText, type AnalyzedText } from '../text';
import type { DutyPair, DutyPairKind } from './types';
import { compareDuties, vectorizeAnalysis, type DutySimilarity } from './dutySimilarity';
import { assignMaximum } from './hungarian';
import { buildIdf, type IdfTable } from './idf';
import { longestIncreasingPositions } from './longestIncreasing';
import { GROUP_CONTAINMENT_MIN, GROUP_SIMILARITY_MIN, PARTIAL_MIN, REWORDED_BALANCE_MAX, REWORDED_CONTAINMENT_MIN, REWORDED_MIN, SAME_MIN } from './thresholds';

type MatchedKind = Exclude<DutyPairKind, 'only-a' | 'only-b'>;

/** The kind a similarity earns, or null when it is too low to pair the duties at all. */
export function kindOfSimilarity(similarity: DutySimilarity): MatchedKind | null {
  const { score } = similarity;
  if (score >= SAME_MIN && similarity.literal >= SAME_MIN) return 'same';
  const covered = Math.min(similarity.aInB, similarity.bInA);
  const balance = Math.abs(similarity.aInB - similarity.bInA);
  if (score >= REWORDED_MIN && covered >= REWORDED_CONTAINMENT_MIN && balance <= REWORDED_BALANCE_MAX) return 'reworded';
  if (score >= PARTIAL_MIN) return 'partial';
  return null;
}

type Row = { a: number | null; b: number | null; kind: DutyPairKind; score: number; moved: boolean; group?: 'split' | 'merge' };

function similarityMatrix(a: readonly AnalyzedText[], b: readonly AnalyzedText[], idf: IdfTable): DutySimilarity[][] {
  const vectorsA = a.map((analysis) => vectorizeAnalysis(analysis, idf));
  const vectorsB = b.map((analysis) => vectorizeAnalysis(analysis, idf));
  return vectorsA.map((vectorA) => vectorsB.map((vectorB) => compareDuties(vectorA, vectorB)));
}

function assignOneToOne(matrix: readonly (readonly DutySimilarity[])[]): Row[] {
  const weights = matrix.map((row) => row.map((cell) => (cell.score >= PARTIAL_MIN ? cell.score : 0)));
  const rows: Row[] = [];
  assignMaximum(weights).forEach((b, a) => {
    const similarity = b === null ? undefined : matrix[a]?.[b];
    const kind = similarity ? kindOfSimilarity(similarity) : null;
    if (b !== null && similarity && kind) rows.push({ a, b, kind, score: similarity.score, moved: false });
  });
  return rows;
}

/** The matched duty that clearly covers an unmatched one: most of its weighted terms, and some similarity. */
function bestCover(candidates: readonly Row[], covers: (row: Row) => DutySimilarity, containment: (similarity: DutySimilarity) => number): Row | null {
  let best: Row | null = null;
  let bestContainment = GROUP_CONTAINMENT_MIN;
  for (const row of candidates) {
    const similarity = covers(row);
    const share = containment(similarity);
    if (similarity.score < GROUP_SIMILARITY_MIN || share < bestContainment) continue;
    if (best && share === bestContainment && similarity.score <= covers(best).score) continue;
    best = row;
    bestContainment = share;
  }
  return best;
}

function groupMembers(primary: readonly Row[], matrix: readonly (readonly DutySimilarity[])[], countA: number, countB: number): Row[] {
  const matchedA = new Set(primary.map((row) => row.a));
  const matchedB = new Set(primary.map((row) => row.b));
  const members: Row[] = [];
  const cell = (a: number, b: number): DutySimilarity => matrix[a]?.[b] ?? { score: 0, aInB: 0, bInA: 0, literal: 0 };
  for (let b = 0; b < countB; b += 1) {
    if (matchedB.has(b)) continue;
    const cover = bestCover(primary, (row) => cell(row.a ?? 0, b), (similarity) => similarity.bInA);
    if (!cover || cover.a === null) continue;
    const similarity = cell(cover.a, b);
    members.push({ a: cover.a, b, kind: kindOfSimilarity(similarity) ?? 'partial', score: similarity.score, moved: cover.moved, group: 'split' });
    cover.group ??= 'split';
  }
  for (let a = 0; a < countA; a += 1) {
    if (matchedA.has(a)) continue;
    const cover = bestCover(primary, (row) => cell(a, row.b ?? 0), (similarity) => similarity.aInB);
    if (!cover || cover.b === null) continue;
    const similarity = cell(a, cover.b);
    members.push({ a, b: cover.b, kind: kindOfSimilarity(similarity) ?? 'partial', score: similarity.score, moved: cover.moved, group: 'merge' });
    cover.group ??= 'merge';
  }
  return members;
}

function markMoved(primary: readonly Row[]): void {
  const byA = [...primary].sort((x, y) => (x.a ?? 0) - (y.a ?? 0));
  const inOrder = longestIncreasingPositions(byA.map((row) => row.b ?? 0));
  byA.forEach((row, position) => {
    row.moved = !inOrder.has(position);
  });
}

/** Rows in reading order: A's order, each B-only duty placed after the row holding the B duty before it. */
function orderRows(rows: readonly Row[]): Row[] {
  const paired = rows.filter((row) => row.a !== null).sort((x, y) => (x.a ?? 0) - (y.a ?? 0) || (x.b ?? 0) - (y.b ?? 0));
  const onlyB = rows.filter((row) => row.a === null).sort((x, y) => (x.b ?? 0) - (y.b ?? 0));
  const result = [...paired];
  for (const row of onlyB) {
    const b = row.b ?? 0;
    let insertAt = 0;
    for (let index = 0; index < result.length; index += 1) {
      const other = result[index]?.b;
      if (other !== null && other !== undefined && other < b) insertAt = index + 1;
    }
    result.splice(insertAt, 0, row);
  }
  return result;
}

function alignOriented(a: readonly AnalyzedText[], b: readonly AnalyzedText[], idf: IdfTable): Row[] {
  const matrix = similarityMatrix(a, b, idf);
  const primary = assignOneToOne(matrix);
  markMoved(primary);
  const members = groupMembers(primary, matrix, a.length, b.length);
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

function mirror(row: Row): Row {
  const kind = row.kind === 'only-a' ? 'only-b' : row.kind === 'only-b' ? 'only-a' : row.kind;
  const group = row.group === 'split' ? 'merge' : row.group === 'merge' ? 'split' : undefined;
  return { a: row.b, b: row.a, kind, score: row.score, moved: row.moved, ...(group ? { group } : {}) };
}

/** Order-independent fingerprint, so aligning (A, B) and (B, A) runs the very same computation. */
function orientationKey(duties: readonly Duty[]): string {
  return duties.map((duty) => duty.text).sort().join('\n');
}

export type DutyAlignmentOptions = Readonly<{ idf?: IdfTable }>;

/**
 * Aligns two duty lists: optimal one-to-one pairing by similarity (Hungarian), then unmatched
 * duties clearly covered by a paired duty join its group (split/merge), `moved` for pairs off
 * the longest run that keeps both orders, and the rest listed as only-a / only-b. The result
 * is the mirror image when A and B are swapped. IDF is computed over both lists unless given.
 */
export function alignDuties(a: readonly Duty[], b: readonly Duty[], options: DutyAlignmentOptions = {}): DutyPair[] {
  const analysesA = a.map((duty) => analyzeText(duty.text));
  const analysesB = b.map((duty) => analyzeText(duty.text));
  const idf = options.idf ?? buildIdf([...analysesA, ...analysesB].map((analysis) => analysis.terms));
  const swapped = orientationKey(a) > orientationKey(b);
  const rows = swapped ? alignOriented(analysesB, analysesA, idf).map(mirror) : alignOriented(analysesA, analysesB, idf);
  return orderRows(rows).map((row) => ({ ...row }));
}
