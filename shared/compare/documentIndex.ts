import { termsOf } from '../text';

/**
 * Whole classes as TF-IDF vectors (all duties' terms together) behind an inverted index: the
 * quick first cut of best fit, which then compares the closest classes duty by duty.
 */
export type DocumentIndex = Readonly<{
  idf: ReadonlyMap<string, number>;
  postings: ReadonlyMap<string, Readonly<{ documents: Int32Array; weights: Float64Array }>>;
  documentCount: number;
}>;

function termCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const term of termsOf(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

function unitVector(counts: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>, unknownWeight: number): Map<string, number> {
  const vector = new Map<string, number>();
  let squared = 0;
  for (const [term, count] of counts) {
    const weight = count * (idf.get(term) ?? unknownWeight);
    vector.set(term, weight);
    squared += weight * weight;
  }
  const norm = Math.sqrt(squared) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

export function buildDocumentIndex(documents: readonly (readonly string[])[]): DocumentIndex {
  const counts = documents.map(termCounts);
  const frequency = new Map<string, number>();
  for (const counted of counts) for (const term of counted.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of frequency) idf.set(term, Math.log(documents.length / count) + 1);
  const lists = new Map<string, { documents: number[]; weights: number[] }>();
  counts.forEach((counted, position) => {
    for (const [term, weight] of unitVector(counted, idf, 1)) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { documents: [], weights: [] }));
      list.documents.push(position);
      list.weights.push(weight);
    }
  });
  const postings = new Map([...lists].map(([term, list]) => [term, { documents: Int32Array.from(list.documents), weights: Float64Array.from(list.weights) }] as const));
  return { idf, postings, documentCount: documents.length };
}

/** Cosine of the texts (as one text) with every indexed class text. */
export function documentCosines(index: DocumentIndex, texts: readonly string[]): Float64Array {
  const scores = new Float64Array(index.documentCount);
  const query = unitVector(termCounts(texts), index.idf, Math.log(Math.max(1, index.documentCount)) + 1);
  for (const [term, weight] of query) {
    const list = index.postings.get(term);
    if (!list) continue;
    for (let position = 0; position < list.documents.length; position += 1) {
      const docIndex = list.documents[position] as number;
      scores[docIndex] = (scores[docIndex] as number) + weight * (list.weights[position] as number);
    }
  }
  return scores;
}
