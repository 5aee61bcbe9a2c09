import MiniSearch from 'minisearch';
import type { SearchDocument, SearchHit } from './types';

/** A full-text index over specs; mutable so imports can be added one by one without a rebuild. */
export type SpecIndex = Readonly<{ engine: MiniSearch<SearchDocument> }>;

const FIELDS = ['title', 'code', 'duties', 'text'] as const;
// A title or code hit says far more about the class than a word somewhere in the text.
const BOOST = { title: 6, code: 5, duties: 2, text: 1 };
// One typo per word: two edits turn "technician" into "technical" and flood the results.
const MAX_FUZZY_DISTANCE = 1;
const MIN_PREFIX_LENGTH = 3;

/** Only the word being typed (the last) is a prefix; expanding "a" or every earlier word costs time and precision. */
function isPrefix(term: string, index: number, terms: readonly string[]): boolean {
  return index === terms.length - 1 && term.length >= MIN_PREFIX_LENGTH;
}

/** Short terms are matched exactly: fuzzy matching "hr" would match half the dictionary. */
function fuzzyFor(term: string): number {
  return term.length >= 5 ? 0.2 : 0;
}

/** A new, empty index. */
export function createSpecIndex(): SpecIndex {
  return {
    engine: new MiniSearch<SearchDocument>({
      fields: [...FIELDS],
      storeFields: [],
      searchOptions: { boost: BOOST, prefix: isPrefix, combineWith: 'AND' },
    }),
  };
}

/** Adds documents, replacing any already indexed under the same id. */
export function addToSpecIndex(index: SpecIndex, documents: readonly SearchDocument[]): void {
  for (const searchDocument of documents) {
    if (index.engine.has(searchDocument.id)) index.engine.discard(searchDocument.id);
    index.engine.add(searchDocument);
  }
}

/** Removes documents by id; unknown ids are ignored. */
export function removeFromSpecIndex(index: SpecIndex, ids: readonly string[]): void {
  for (const id of ids) {
    if (index.engine.has(id)) index.engine.discard(id);
  }
}

export function isIndexed(index: SpecIndex, id: string): boolean {
  return index.engine.has(id);
}

export function indexedCount(index: SpecIndex): number {
  return index.engine.documentCount;
}

/**
 * Best match first; every word must match, the last one also as a prefix. Only when that finds
 * nothing is the query retried allowing one typo per longer word (fuzzy matching is the costly part).
 */
export function searchSpecIndex(index: SpecIndex, query: string): readonly SearchHit[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  let results = index.engine.search(trimmed);
  if (results.length === 0) results = index.engine.search(trimmed, { fuzzy: fuzzyFor, maxFuzzy: MAX_FUZZY_DISTANCE });
  return results.map((result) => ({ id: String(result.id), score: result.score }));
}
