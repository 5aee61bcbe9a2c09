export { normalizeText, normalizeWhitespace } from './normalize';
export { STOP_WORDS, isStopWord } from './stopWords';
export { SYNONYM_GROUPS, canonicalStem } from './synonyms';
export { analyzeText, literalTermsOf, termsOf, wordsOf, type AnalyzedText } from './tokenize';
