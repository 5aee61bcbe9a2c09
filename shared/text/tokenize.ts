import { stemmer } from 'stemmer';
import { normalizeText } from './normalize';
import { isStopWord } from './stopWords';
import { canonicalStem } from './synonyms';

type WordForms = Readonly<{ stem: string; term: string }>;

// Specs reuse a small vocabulary, so stemming each distinct word once pays off; the cap bounds memory.
const formsCache = new Map<string, WordForms>();
const FORMS_CACHE_LIMIT = 50_000;

function formsOf(word: string): WordForms {
  const cached = formsCache.get(word);
  if (cached) return cached;
  const stem = stemmer(word);
  const forms = { stem, term: canonicalStem(stem) };
  if (formsCache.size < FORMS_CACHE_LIMIT) formsCache.set(word, forms);
  return forms;
}

/** A text reduced once for every comparison measure. */
export type AnalyzedText = Readonly<{
  normalized: string;
  /** Porter stems of the content words, in order, without synonym mapping. */
  stems: readonly string[];
  /** The same stems mapped through the synonym table. */
  terms: readonly string[];
}>;

/** Normalizes a text and derives its literal stems and synonym-mapped terms in one pass. */
export function analyzeText(text: string): AnalyzedText {
  const normalized = normalizeText(text);
  const stems: string[] = [];
  const terms: string[] = [];
  if (normalized !== '') {
    for (const word of normalized.split(' ')) {
      if (word.length < 2 || isStopWord(word)) continue;
      const forms = formsOf(word);
      stems.push(forms.stem);
      terms.push(forms.term);
    }
  }
  return { normalized, stems, terms };
}

/** Normalized words of a text, in order, stop words included. */
export function wordsOf(text: string): readonly string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Content terms of a text in order: normalized, stop words and lone letters or digits dropped,
 * Porter-stemmed and mapped through the synonym table. "Oversees the customers' complaints"
 * and "supervises citizen grievances" give the same three terms.
 */
export function termsOf(text: string): readonly string[] {
  return analyzeText(text).terms;
}

/** Porter stems of a text's content words, in order, without synonym mapping. */
export function literalTermsOf(text: string): readonly string[] {
  return analyzeText(text).stems;
}
