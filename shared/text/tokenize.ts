import { stemmer } from 'stemmer';
import { normalizeText } from './normalize';
import { isStopWord } from './stopWords';
import { canonicalStem } from './synonyms';

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function termOf(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const term = canonicalStem(stemmer(word));
  if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(word, term);
  return term;
}

/** Porter stems of a text's content words, in order, without synonym mapping. */
export function literalTermsOf(text: string): readonly string[] {
  return wordsOf(text)
    .filter((word) => word.length >= 2 && !isStopWord(word))
    .map((word) => stemmer(word));
}

/** Normalized words of a text, in order, stop words included. */
export function wordsOf(text: string): readonly string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Content terms of a text in order: normalized, stop words and lone digits dropped,
 * Porter-stemmed and mapped through the synonym table. "Oversees the customers' complaints"
 * and "supervises citizen grievances" give the same three terms.
 */
export function termsOf(text: string): readonly string[] {
  const terms: string[] = [];
  for (const word of wordsOf(text)) {
    if (word.length < 2 || isStopWord(word)) continue;
    terms.push(termOf(word));
  }
  return terms;
}
