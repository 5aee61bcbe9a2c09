import { genericShareOf, type AnalyzedStatement } from '../text';

/** Inverse document frequency of terms over a set of documents (duties). */
export type IdfTable = Readonly<{
  documentCount: number;
  documentFrequency: ReadonlyMap<string, number>;
  /**
   * Also weigh down the generic class-spec vocabulary (shared/text/genericWords.ts) by its
   * estimated share of duty statements across employers. For tables counted over a few specs,
   * where a generic word used once looks as rare as a specialty word.
   */
  dampGeneric?: boolean;
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

/** The same counts, with the generic class-spec vocabulary weighed down (see IdfTable.dampGeneric). */
export function withGenericDamping(table: IdfTable): IdfTable {
  return { ...table, dampGeneric: true };
}

/** Share of duty statements a specialty word is assumed to reach; generic words are weighed against it. */
const SPECIALTY_SHARE = 0.05;
const SPECIALTY_IDF = Math.log(1 + 1 / SPECIALTY_SHARE);

/** Background IDF of a generic term relative to a specialty word's: 1 for terms not known to be generic, ~0.35 for the commonest. */
function genericFactor(term: string): number {
  const share = genericShareOf(term);
  return share > 0 ? Math.log(1 + 1 / share) / SPECIALTY_IDF : 1;
}

/**
 * Smoothed IDF, ln(1 + N / df): rare terms weigh more; a term never seen weighs as if it
 * appeared once. With dampGeneric, multiplied by the term's background factor, so a generic
 * word weighs little even when the counted documents use it once.
 */
export function idfWeight(table: IdfTable, term: string): number {
  const count = Math.max(1, table.documentCount);
  const frequency = table.documentFrequency.get(term) ?? 1;
  const weight = Math.log(1 + count / Math.max(1, frequency));
  return table.dampGeneric ? weight * genericFactor(term) : weight;
}

/** The table a comparison of two duty lists weighs terms by: the given (library-wide) one, else both lists' own with generic words damped. */
export function pairIdf(given: IdfTable | undefined, duties: readonly AnalyzedStatement[]): IdfTable {
  return given ?? withGenericDamping(buildIdf(duties.map((duty) => duty.whole.terms)));
}
