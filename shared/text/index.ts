export { normalizeText, normalizeWhitespace } from './normalize';
export { STOP_WORDS, isStopWord } from './stopWords';
export { SYNONYM_GROUPS, canonicalStem } from './synonyms';
export { analyzeText, literalTermsOf, termsOf, wordsOf, type AnalyzedText } from './tokenize';
export { analyzeClauses, analyzeStatement, splitClauses, MIN_CLAUSE_TERMS, type AnalyzedStatement } from './clauses';
export { GENERIC_WORDS, genericShareOf } from './genericWords';
export { sharedTermSet, sharedWordsIn, markSharedTerms, type TermRun } from './sharedTerms';
export { numericGrade } from './gradeNumber';
export { splitSentences, type SentenceOptions, type TextRange } from './sentences';
