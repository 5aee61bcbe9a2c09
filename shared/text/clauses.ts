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

/** A statement analyzed whole and clause by clause. */
export type AnalyzedStatement = Readonly<{
  whole: AnalyzedText;
  /**
   * Each clause carrying a task (at least MIN_CLAUSE_TERMS distinct terms), in order; empty
   * when fewer than two clauses do: the whole statement is then its only clause.
   */
  clauses: readonly AnalyzedText[];
}>;

function joined(parts: readonly AnalyzedText[]): AnalyzedText {
  return {
    normalized: parts
      .map((part) => part.normalized)
      .filter((normalized) => normalized !== '')
      .join(' '),
    stems: parts.flatMap((part) => part.stems),
    terms: parts.flatMap((part) => part.terms),
  };
}

/**
 * Analyzes a statement once per clause and joins the clauses for the whole, so a multi-clause
 * duty is not tokenized twice. The whole equals analyzeText(text) up to list markers at a
 * clause start, which are dropped like those at a line start.
 */
export function analyzeStatement(text: string): AnalyzedStatement {
  const known = analyzed.get(text);
  if (known) return known;
  if (analyzed.size >= ANALYZED_LIMIT) analyzed.clear();
  const analysis = analyzeFresh(text);
  analyzed.set(text, analysis);
  return analysis;
}

// A comparison analyzes each duty for the alignment and again for the coverage, and the compare
// view, best fit and a study compare the same specs over and over: the analysis is kept by text
// (it is immutable), and the table is emptied rather than grown past a library's worth of duties.
const analyzed = new Map<string, AnalyzedStatement>();
const ANALYZED_LIMIT = 50_000;

function analyzeFresh(text: string): AnalyzedStatement {
  const parts = splitClauses(text).map(analyzeText);
  if (parts.length < 2) return { whole: parts[0] ?? analyzeText(text), clauses: [] };
  const clauses = parts.filter((clause) => new Set(clause.terms).size >= MIN_CLAUSE_TERMS);
  return { whole: joined(parts), clauses: clauses.length < 2 ? [] : clauses };
}

/** The task-carrying clauses of a multi-clause statement (see AnalyzedStatement.clauses). */
export function analyzeClauses(text: string): AnalyzedText[] {
  return [...analyzeStatement(text).clauses];
}
