import SearchableMap from 'minisearch/SearchableMap';

/** The searchable fields, in the order their numbers are stored. */
export const FIELDS = ['title', 'code', 'duties', 'text'] as const;
export const FIELD_COUNT = FIELDS.length;

/**
 * The documents holding one term in one field, as flat pairs [doc, frequency, doc, frequency, …] in
 * one typed array: a 20,000-class library scores a common word by scanning memory, not by hashing.
 */
export type PostingList = { data: Uint32Array; length: number };

/** Term dictionary (a hash for whole words, a radix tree for prefix and typo look-ups) and the posting lists of every term. */
export type TermTable = {
  numbers: Map<string, number>;
  dictionary: SearchableMap<number>;
  terms: string[];
  /** By `termNumber * FIELD_COUNT + field`. */
  postings: (PostingList | undefined)[];
};

export function createTermTable(): TermTable {
  return { numbers: new Map(), dictionary: new SearchableMap<number>(), terms: [], postings: [] };
}

/** A table over known terms and posting lists (e.g. read back from a snapshot). */
export function termTableOf(terms: string[], postings: (PostingList | undefined)[]): TermTable {
  const numbers = new Map(terms.map((term, number) => [term, number]));
  const dictionary = new SearchableMap<number>();
  for (const [term, number] of numbers) dictionary.set(term, number);
  return { numbers, dictionary, terms, postings };
}

export function termNumber(table: TermTable, term: string): number {
  const known = table.numbers.get(term);
  if (known !== undefined) return known;
  const created = table.terms.length;
  table.terms.push(term);
  table.numbers.set(term, created);
  table.dictionary.set(term, created);
  return created;
}

export function appendPosting(table: TermTable, term: number, field: number, doc: number, frequency: number): void {
  const slot = term * FIELD_COUNT + field;
  let list = table.postings[slot];
  if (!list) {
    list = { data: new Uint32Array(4), length: 0 };
    table.postings[slot] = list;
  } else if (list.length + 2 > list.data.length) {
    // A list read from a snapshot is a view into one shared buffer: growing always copies, never writes past it.
    const grown = new Uint32Array(Math.max(4, list.data.length * 2));
    grown.set(list.data.subarray(0, list.length));
    list.data = grown;
  }
  list.data[list.length] = doc;
  list.data[list.length + 1] = frequency;
  list.length += 2;
}

/** Posting lists without the removed documents, their numbers renumbered by `renumber` (-1 = removed). */
export function compactPostings(table: TermTable, renumber: Int32Array): void {
  for (const list of table.postings) {
    if (!list) continue;
    let kept = 0;
    for (let at = 0; at < list.length; at += 2) {
      const next = renumber[list.data[at] ?? 0] ?? -1;
      if (next < 0) continue;
      list.data[kept] = next;
      list.data[kept + 1] = list.data[at + 1] ?? 0;
      kept += 2;
    }
    list.length = kept;
  }
}
