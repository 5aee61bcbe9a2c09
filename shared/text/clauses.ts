import { analyzeText, type AnalyzedText } from './tokenize';

// A clause ends at a semicolon, or at a sentence end: ".", "!" or "?" after a lower-case letter,
// digit or closing bracket and before a capital. "i.e. phone" and "U.S. Code" stay whole.
const CLAUSE_BOUNDARY = /;|(?<=[\p{Ll}\p{N})][.!?])\s+(?=\p{Lu})/u;

/** The clauses of one duty statement, trimmed, in order; a statement without boundaries is one clause. */
export function splitClauses(text: string): string[] {
  return text
    .split(CLAUSE_BOUNDARY)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}

/** Clauses with fewer content terms than this say too little to be matched on their own ("etc.", "as needed"). */
export const MIN_CLAUSE_TERMS = 2;

/**
 * Each clause of a multi-clause statement analyzed on its own, dropping clauses too short to
 * carry a task. Empty when the statement has fewer than two such clauses: the whole statement
 * is then its only clause and needs no second look.
 */
export function analyzeClauses(text: string): AnalyzedText[] {
  const clauses = splitClauses(text);
  if (clauses.length < 2) return [];
  const analyzed = clauses.map(analyzeText).filter((clause) => new Set(clause.terms).size >= MIN_CLAUSE_TERMS);
  return analyzed.length < 2 ? [] : analyzed;
}
