import { FIELD_COUNT, FIELDS, type PostingList } from './postings';
import { tokenize, type SpecIndex } from './specIndex';
import type { SearchHit } from './types';

// A title or code hit says far more about the class than a word somewhere in the text.
const BOOST: Readonly<Record<(typeof FIELDS)[number], number>> = { title: 6, code: 5, duties: 2, text: 1 };
const FIELD_BOOSTS = FIELDS.map((field) => BOOST[field]);
// One typo per word: two edits turn "technician" into "technical" and flood the results.
const MAX_FUZZY_DISTANCE = 1;
const MIN_PREFIX_LENGTH = 3;
// Okapi BM25+ as MiniSearch scores it (k, b, d), with its weights for prefix and typo matches.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** One dictionary term a query word stands for, and how much a match on it counts. */
type WeightedTerm = Readonly<{ term: number; weight: number }>;

/** The terms one query word matches: itself, then (as the last word) longer words it begins, then words one typo away. */
function expand(index: SpecIndex, word: string, isLast: boolean, allowTypo: boolean): WeightedTerm[] {
  const { dictionary, numbers } = index.table;
  const matches: WeightedTerm[] = [];
  const exact = numbers.get(word);
  if (exact !== undefined) matches.push({ term: exact, weight: 1 });
  const seen = new Set<string>([word]);
  if (isLast && word.length >= MIN_PREFIX_LENGTH) {
    for (const [term, number] of dictionary.atPrefix(word)) {
      if (seen.has(term)) continue;
      seen.add(term);
      const distance = term.length - word.length;
      matches.push({ term: number, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance) });
    }
  }
  // Short words are matched exactly: a typo allowance on "hr" would match half the dictionary.
  const typoDistance = allowTypo && word.length >= 5 ? Math.min(MAX_FUZZY_DISTANCE, Math.round(word.length * 0.2)) : 0;
  if (typoDistance > 0) {
    for (const [term, [number, distance]] of dictionary.fuzzyGet(word, typoDistance)) {
      if (distance === 0 || seen.has(term)) continue;
      matches.push({ term: number, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
    }
  }
  return matches;
}

function presentIn(index: SpecIndex, list: PostingList): number {
  let count = 0;
  for (let at = 0; at < list.length; at += 2) if (index.ids[list.data[at] ?? 0] !== null) count += 1;
  return count;
}

/** Adds one term's BM25 scores into `scores`, listing each document the word reaches for the first time in `reached`. */
function scoreTerm(
  index: SpecIndex,
  match: WeightedTerm,
  scores: Float64Array,
  reached: number[],
  isReached: Uint8Array,
): void {
  const present = index.numberOf.size;
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    const list = index.table.postings[match.term * FIELD_COUNT + field];
    if (!list || list.length === 0) continue;
    const holding = index.removedCount > 0 ? presentIn(index, list) : list.length / 2;
    const inverseFrequency = Math.log(1 + (present - holding + 0.5) / (holding + 0.5));
    const averageLength = (index.fieldLengthTotals[field] ?? 0) / present;
    const weight = match.weight * (FIELD_BOOSTS[field] ?? 1) * inverseFrequency;
    for (let at = 0; at < list.length; at += 2) {
      const doc = list.data[at] ?? 0;
      if (index.ids[doc] === null) continue;
      const frequency = list.data[at + 1] ?? 0;
      const length = index.fieldLengths[doc * FIELD_COUNT + field] ?? 0;
      const saturation =
        (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength));
      scores[doc] = (scores[doc] ?? 0) + weight * (BM25.d + saturation);
      if (!isReached[doc]) {
        isReached[doc] = 1;
        reached.push(doc);
      }
    }
  }
}

function run(index: SpecIndex, words: readonly string[], allowTypo: boolean): SearchHit[] {
  const size = index.ids.length;
  const total = new Float64Array(size);
  const wordsMatched = new Uint16Array(size);
  const scores = new Float64Array(size);
  const isReached = new Uint8Array(size);
  let reached: number[] = [];
  for (const [position, word] of words.entries()) {
    reached = [];
    for (const match of expand(index, word, position === words.length - 1, allowTypo))
      scoreTerm(index, match, scores, reached, isReached);
    // Every word must match: a document counts only if each earlier word reached it too.
    for (const doc of reached) {
      if (wordsMatched[doc] === position) {
        wordsMatched[doc] = position + 1;
        total[doc] = (total[doc] ?? 0) + (scores[doc] ?? 0);
      }
      scores[doc] = 0;
      isReached[doc] = 0;
    }
  }
  const quality = new Set(words).size;
  const hits = reached.filter((doc) => wordsMatched[doc] === words.length);
  hits.sort((a, b) => (total[b] ?? 0) - (total[a] ?? 0) || a - b);
  return hits.map((doc) => ({ id: index.ids[doc] ?? '', score: (total[doc] ?? 0) * quality }));
}

/**
 * Best match first; every word must match, the last one also as a prefix. Only when that finds
 * nothing is the query retried allowing one typo per longer word (typo matching is the costly part).
 */
export function searchSpecIndex(index: SpecIndex, query: string): readonly SearchHit[] {
  const words = tokenize(query.trim())
    .map((token) => token.toLowerCase())
    .filter((word) => word !== '');
  if (words.length === 0 || index.numberOf.size === 0) return [];
  const hits = run(index, words, false);
  return hits.length > 0 ? hits : run(index, words, true);
}
