// The baseline the engine must beat: TF-IDF cosine between task statements, greedy one-to-one
// pairing by descending cosine above a threshold tuned for F1 on the tuning pairs; and for best
// fit, whole-document TF-IDF cosine.
import { termsOf } from '../../shared/text';
import type { Occupation, OccupationPair } from './onetCorpus';
import { scoreAlignments, type Alignment, type MatchFigures } from './matchScoring';

type Vector = Map<string, number>;

export function idfOver(documents: readonly (readonly string[])[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return new Map([...frequency].map(([term, count]) => [term, Math.log(documents.length / count) + 1]));
}

export function tfidfVector(terms: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const vector: Vector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + (idf.get(term) ?? 1));
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (const [term, value] of vector) vector.set(term, value / norm);
  return vector;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) dot += value * (large.get(term) ?? 0);
  return dot;
}

function greedyAlignment(a: Occupation, b: Occupation, idf: ReadonlyMap<string, number>, threshold: number): Alignment {
  const vectorsA = a.tasks.map((task) => tfidfVector(termsOf(task.text), idf));
  const vectorsB = b.tasks.map((task) => tfidfVector(termsOf(task.text), idf));
  const candidates: [number, number, number][] = [];
  vectorsA.forEach((va, x) =>
    vectorsB.forEach((vb, y) => {
      const similarity = cosine(va, vb);
      if (similarity >= threshold) candidates.push([x, y, similarity]);
    }),
  );
  candidates.sort((p, q) => q[2] - p[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const result: [number, number][] = [];
  for (const [x, y] of candidates) {
    if (usedA.has(x) || usedB.has(y)) continue;
    usedA.add(x);
    usedB.add(y);
    result.push([x, y]);
  }
  return result;
}

/** Baseline figures on the check pairs with the threshold that maximizes F1 on the tuning pairs. */
export function tfidfBaseline(
  tuning: readonly OccupationPair[],
  check: readonly OccupationPair[],
  idf: ReadonlyMap<string, number>,
): MatchFigures & { threshold: number } {
  let bestThreshold = 0.1;
  let bestF1 = -1;
  for (let threshold = 0.05; threshold < 0.8; threshold += 0.025) {
    const { f1 } = scoreAlignments(tuning, (a, b) => greedyAlignment(a, b, idf, threshold));
    if (f1 > bestF1) [bestF1, bestThreshold] = [f1, threshold];
  }
  return { ...scoreAlignments(check, (a, b) => greedyAlignment(a, b, idf, bestThreshold)), threshold: bestThreshold };
}
