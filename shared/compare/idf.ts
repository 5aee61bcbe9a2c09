/** Inverse document frequency of terms over a set of documents (duties). */
export type IdfTable = Readonly<{
  documentCount: number;
  documentFrequency: ReadonlyMap<string, number>;
}>;

/** Counts in how many documents each term appears; pass every duty of the specs (or of a whole library). */
export function buildIdf(documents: Iterable<readonly string[]>): IdfTable {
  const documentFrequency = new Map<string, number>();
  let documentCount = 0;
  for (const terms of documents) {
    documentCount += 1;
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return { documentCount, documentFrequency };
}

/** Smoothed IDF, ln(1 + N / df): rare terms weigh more; a term never seen weighs as if it appeared once. */
export function idfWeight(table: IdfTable, term: string): number {
  const count = Math.max(1, table.documentCount);
  const frequency = table.documentFrequency.get(term) ?? 1;
  return Math.log(1 + count / Math.max(1, frequency));
}
