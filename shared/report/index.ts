export {
  annotationNoteText,
  annotationReportNotes,
  annotationsRowKey,
  type ComparisonAnnotations,
  type PrintedAnnotation,
  type SideAnnotations,
} from './annotationNotes';
export {
  applyOverrides,
  type AdjustedComparison,
  type AdjustedPair,
  type DutyOverride,
  type OverrideContext,
} from './applyOverrides';
export { addOverride } from './addOverride';
export { chainDutyRows, type LadderDutyRow } from './chainDutyRows';
export {
  buildComparisonReport,
  displayTitle,
  isDutyDifference,
  isFactorDifference,
  labelsOf,
  labelText,
  type ComparisonReport,
  type ComparisonReportInput,
  type ConceptReportRow,
  type DutyReportRow,
  type FactorReportRow,
  type FactorSide,
  type Footnote,
  type ReportNote,
} from './comparisonReport';
export { buildComparisonSheets, segmentsText } from './comparisonSheets';
export { buildCsv, csvField, UTF8_BOM } from './csv';
export { escapeHtml } from './escapeHtml';
export {
  describeDelta,
  FACTOR_NAMES,
  formatPercent,
  levelText,
  ROW_LABELS,
  VERDICT_TEXT,
  type DeltaText,
  type RowLabel,
} from './labels';
// Kept here for callers that read it next to the labels; the compare engine owns it.
export { WORKING_CONDITION_FACTORS } from '../compare';
export { COMPARISON_LEGEND, type LegendEntry } from './legend';
export { cssString, pageCss, REPORT_CSS } from './printCss';
export { renderComparisonHtml } from './renderComparisonHtml';
export { renderSeriesHtml } from './renderSeriesHtml';
export { dutyRowKey, factorRowKey, sectionRowKey } from './rowKeys';
export { plainSegments, splitDiff, type Segment, type SideSegments } from './segments';
export {
  buildSeriesReport,
  heatOf,
  type SeriesColumn,
  type SeriesFactorCell,
  type SeriesFactorRow,
  type SeriesReport,
  type SeriesReportInput,
} from './seriesReport';
export { buildSeriesSheets } from './seriesSheets';
export type { CellValue, SheetColumn, SheetModel } from './sheet';
export { describeLink } from './describeLink';
export { provenanceHtml, provenanceRow, type DocumentSource, type ProvenanceRow } from './provenance';
export { noteRefsHtml } from './htmlParts';
