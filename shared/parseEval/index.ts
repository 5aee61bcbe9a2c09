export { readGoldLines, type GoldReading, type GoldRecord } from './goldRecord';
export {
  comparable,
  scoreFields,
  SCORED_FIELDS,
  type FieldScores,
  type ParsedFields,
  type ScoredField,
} from './scoreFields';
export { formatSummary, summarize, type DocumentOutcome, type EvaluationSummary } from './summarize';
