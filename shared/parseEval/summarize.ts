import { SCORED_FIELDS, type FieldScores, type ScoredField } from './scoreFields';

/** One document's outcome: its scores, or why it could not be parsed. */
export type DocumentOutcome = Readonly<{ file: string; scores: FieldScores } | { file: string; failure: string }>;

export type EvaluationSummary = Readonly<{
  documents: number;
  /** Share of documents right per field, 0..1 (a document that failed to parse counts as wrong everywhere). */
  fields: Readonly<Record<ScoredField, number>>;
  overall: number;
  /** One line per document with a wrong field or a failure, in gold order. */
  problems: readonly string[];
}>;

export function summarize(outcomes: readonly DocumentOutcome[]): EvaluationSummary {
  const totals = Object.fromEntries(SCORED_FIELDS.map((field) => [field, 0])) as Record<ScoredField, number>;
  const problems: string[] = [];
  for (const outcome of outcomes) {
    if ('failure' in outcome) {
      problems.push(`${outcome.file}: ${outcome.failure}`);
      continue;
    }
    for (const field of SCORED_FIELDS) totals[field] += outcome.scores[field];
    const wrong = SCORED_FIELDS.filter((field) => outcome.scores[field] < 1);
    if (wrong.length > 0) problems.push(`${outcome.file}: wrong ${wrong.join(',')}`);
  }
  const documents = outcomes.length;
  const share = (value: number): number => value / Math.max(documents, 1);
  const fields = Object.fromEntries(SCORED_FIELDS.map((field) => [field, share(totals[field])])) as Record<
    ScoredField,
    number
  >;
  const overall =
    SCORED_FIELDS.reduce((sum, field) => sum + totals[field], 0) / (SCORED_FIELDS.length * Math.max(documents, 1));
  return { documents, fields, overall, problems };
}

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

/** The report in the corpus scorer's layout: problems, one line per field, the overall figure last. */
export function formatSummary(summary: EvaluationSummary, needed: number): string {
  return [
    ...summary.problems,
    ...SCORED_FIELDS.map((field) => `${field.padEnd(17)} ${percent(summary.fields[field]).padStart(6)}`),
    `field accuracy ${percent(summary.overall)} over ${summary.documents} documents (need ${Math.round(100 * needed)}%)`,
  ].join('\n');
}
