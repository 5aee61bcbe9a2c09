import type { Comparison, DutyPair, FactorGap, SectionPair, SpecHeader, Verdict } from '../compare';
import type { FactorKey, FactorReading, SectionKind } from '../model';
import { annotationReportNotes, annotationsRowKey, type ComparisonAnnotations } from './annotationNotes';
import type { AdjustedPair } from './applyOverrides';
import type { ProvenanceRow } from './provenance';
import {
  describeDelta,
  FACTOR_NAMES,
  formatPercent,
  ROW_LABELS,
  VERDICT_TEXT,
  type DeltaText,
  type RowLabel,
} from './labels';
import { coverLinesByRow } from './dutyCover';
import { dutyRowKey, factorRowKey, sectionRowKey } from './rowKeys';
import { plainSegments, sharedTermSegments, splitDiff, type Segment } from './segments';

export type ReportNote = Readonly<{ rowKey: string; text: string }>;

export type ComparisonReportInput = Readonly<{
  comparison: Comparison;
  dutiesA: readonly string[];
  dutiesB: readonly string[];
  notes: readonly ReportNote[];
  differencesOnly: boolean;
  /** Date as it should be printed (the caller owns the clock and the locale). */
  generatedOn: string;
  name?: string;
  /** Whether the analyst corrected each class's record; the printout says so next to the title. */
  corrected?: Readonly<{ a: boolean; b: boolean }>;
  /** The analyst's annotations on either spec, printed as numbered footnotes with the row notes. */
  annotations?: ComparisonAnnotations;
  /** The two documents with version, dates, source file and hash, when the caller knows them. */
  provenance?: readonly ProvenanceRow[];
  preparer?: string;
  caseNumber?: string;
}>;

export type FactorSide = Readonly<{
  level: number;
  scaleSize: number;
  label: string;
  evidence: string;
  basis?: FactorReading['basis'];
}>;

export type FactorReportRow = Readonly<{
  key: FactorKey;
  rowKey: string;
  name: string;
  a: FactorSide | null;
  b: FactorSide | null;
  delta: DeltaText;
  isDifference: boolean;
  noteNumbers: readonly number[];
}>;

export type ConceptReportRow = Readonly<{
  kind: SectionKind;
  rowKey: string;
  heading: string;
  left: readonly Segment[] | null;
  right: readonly Segment[] | null;
  noteNumbers: readonly number[];
}>;

export type DutyReportRow = Readonly<{
  rowKey: string;
  /** 1-based duty numbers as printed in the report. */
  numberA: number | null;
  numberB: number | null;
  labels: readonly RowLabel[];
  score: number | null;
  left: readonly Segment[] | null;
  right: readonly Segment[] | null;
  /** The pair's texts were too different to diff word by word: each side is shown whole, shared terms marked. */
  isRewritten: boolean;
  /** Why the duties are paired ("both: …; shared terms: … (62%)", or "linked by analyst"); null for a duty with no counterpart. */
  why: string | null;
  /** Where the other class does this row's duty beyond the pairs shown (many-to-one coverage); null when nowhere else. */
  coveredBy: string | null;
  isDifference: boolean;
  noteNumbers: readonly number[];
}>;

export type Footnote = Readonly<{ number: number; rowKey: string; place: string; text: string }>;

export type ComparisonReport = Readonly<{
  name: string;
  generatedOn: string;
  provenance: readonly ProvenanceRow[];
  preparer: string;
  caseNumber: string;
  a: SpecHeader;
  b: SpecHeader;
  corrected: Readonly<{ a: boolean; b: boolean }>;
  coverage: Readonly<{ aInB: string; bInA: string; otherAInB: string; otherBInA: string; threshold: string }>;
  verdict: Verdict;
  verdictText: string;
  factors: readonly FactorReportRow[];
  concept: readonly ConceptReportRow[];
  duties: readonly DutyReportRow[];
  hiddenSameDuties: number;
  differencesOnly: boolean;
  footnotes: readonly Footnote[];
}>;

const CONCEPT_KINDS: readonly SectionKind[] = ['summary', 'distinguishing'];

export function displayTitle(header: SpecHeader, fallback: string): string {
  return header.title?.trim() || fallback;
}

/** Labels a duty row carries, most important first. */
export function labelsOf(pair: AdjustedPair): RowLabel[] {
  // The analyst's judgment replaces the engine's kind: a hand link is not "reworded" at some score.
  const labels: RowLabel[] = pair.linkedBy === 'analyst' ? [] : [pair.kind];
  if (pair.moved) labels.push('moved');
  if (pair.group) labels.push(pair.group);
  if (pair.linkedBy === 'analyst') labels.push('linked');
  return labels;
}

const isAnalystLink = (pair: AdjustedPair): boolean => pair.linkedBy === 'analyst';

export const isDutyDifference = (pair: DutyPair): boolean =>
  pair.kind !== 'same' || pair.moved || pair.group !== undefined;

export function isFactorDifference(gap: FactorGap): boolean {
  if (!gap.a || !gap.b) return gap.a !== gap.b;
  return gap.delta !== 0 || gap.a.text.trim() !== gap.b.text.trim();
}

const factorSide = (reading: FactorReading | null): FactorSide | null =>
  reading
    ? {
        level: reading.level,
        scaleSize: reading.scaleSize,
        label: reading.label,
        evidence: reading.text,
        basis: reading.basis,
      }
    : null;

function dutySegments(
  pair: DutyPair,
  dutiesA: readonly string[],
  dutiesB: readonly string[],
): Pick<DutyReportRow, 'left' | 'right'> {
  if (pair.diff && pair.a !== null && pair.b !== null) {
    return pair.diff.granularity === 'words'
      ? splitDiff(pair.diff)
      : sharedTermSegments(dutiesA[pair.a] ?? '', dutiesB[pair.b] ?? '');
  }
  return {
    left: pair.a === null ? null : plainSegments(dutiesA[pair.a] ?? ''),
    right: pair.b === null ? null : plainSegments(dutiesB[pair.b] ?? ''),
  };
}

function conceptSegments(pair: SectionPair): Pick<ConceptReportRow, 'left' | 'right'> {
  if (pair.diff && pair.a && pair.b)
    return pair.diff.granularity === 'words' ? splitDiff(pair.diff) : sharedTermSegments(pair.a.text, pair.b.text);
  return { left: pair.a ? plainSegments(pair.a.text) : null, right: pair.b ? plainSegments(pair.b.text) : null };
}

/** Numbers notes in the order their rows are printed; notes whose row is gone come last, marked as such. */
function numberNotes(
  notes: readonly ReportNote[],
  rowOrder: readonly Readonly<{ rowKey: string; place: string }>[],
): Footnote[] {
  const footnotes: Footnote[] = [];
  for (const row of rowOrder) {
    for (const note of notes.filter((candidate) => candidate.rowKey === row.rowKey && candidate.text.trim())) {
      footnotes.push({ number: footnotes.length + 1, rowKey: row.rowKey, place: row.place, text: note.text });
    }
  }
  const placed = new Set(rowOrder.map((row) => row.rowKey));
  for (const note of notes.filter((candidate) => !placed.has(candidate.rowKey) && candidate.text.trim())) {
    footnotes.push({
      number: footnotes.length + 1,
      rowKey: note.rowKey,
      place: 'Row no longer in this comparison',
      text: note.text,
    });
  }
  return footnotes;
}

function dutyPlace(pair: DutyPair): string {
  const sides = [pair.a === null ? null : `A${pair.a + 1}`, pair.b === null ? null : `B${pair.b + 1}`].filter(Boolean);
  return `Duty ${sides.join(' ↔ ')}`;
}

/** Everything a printout or export of one comparison shows, in print order, with notes numbered as footnotes. */
export function buildComparisonReport(input: ComparisonReportInput): ComparisonReport {
  const { comparison, differencesOnly } = input;
  const factorGaps = comparison.factors.filter((gap) => gap.a || gap.b);
  const shownFactors = differencesOnly ? factorGaps.filter(isFactorDifference) : factorGaps;
  const conceptPairs = CONCEPT_KINDS.flatMap((kind) => comparison.sections.filter((pair) => pair.kind === kind));
  const shownDuties = differencesOnly ? comparison.duties.filter(isDutyDifference) : comparison.duties;

  const rowOrder = [
    ...shownFactors.map((gap) => ({ rowKey: factorRowKey(gap.key), place: FACTOR_NAMES[gap.key] })),
    ...conceptPairs.map((pair) => ({
      rowKey: sectionRowKey(pair.kind),
      place: pair.a?.heading ?? pair.b?.heading ?? pair.kind,
    })),
    ...shownDuties.map((pair) => ({ rowKey: dutyRowKey(pair), place: dutyPlace(pair) })),
    { rowKey: annotationsRowKey('a'), place: 'Class A, elsewhere in the spec' },
    { rowKey: annotationsRowKey('b'), place: 'Class B, elsewhere in the spec' },
  ];
  const shownRowKeys = new Set(rowOrder.map((row) => row.rowKey));
  const footnotes = numberNotes(
    [...input.notes, ...annotationReportNotes(input.annotations, comparison.duties, shownRowKeys)],
    rowOrder,
  );
  const notesOf = (rowKey: string): number[] =>
    footnotes.filter((note) => note.rowKey === rowKey).map((note) => note.number);

  const coverage = comparison.coverage;
  const coverLines = coverLinesByRow(shownDuties, comparison.cover);
  return {
    name: input.name?.trim() || `${displayTitle(comparison.a, 'Class A')} vs ${displayTitle(comparison.b, 'Class B')}`,
    generatedOn: input.generatedOn,
    provenance: input.provenance ?? [],
    preparer: input.preparer?.trim() ?? '',
    caseNumber: input.caseNumber?.trim() ?? '',
    a: comparison.a,
    b: comparison.b,
    corrected: input.corrected ?? { a: false, b: false },
    coverage: {
      aInB: formatPercent(coverage.aInB),
      bInA: formatPercent(coverage.bInA),
      otherAInB: formatPercent(coverage.otherAInB),
      otherBInA: formatPercent(coverage.otherBInA),
      threshold: formatPercent(coverage.threshold),
    },
    verdict: coverage.verdict,
    verdictText: VERDICT_TEXT[coverage.verdict],
    factors: shownFactors.map((gap) => ({
      key: gap.key,
      rowKey: factorRowKey(gap.key),
      name: FACTOR_NAMES[gap.key],
      a: factorSide(gap.a),
      b: factorSide(gap.b),
      delta: gap.differentPayPlans ? { symbol: '–', text: 'different pay plans' } : describeDelta(gap.delta),
      isDifference: isFactorDifference(gap),
      noteNumbers: notesOf(factorRowKey(gap.key)),
    })),
    concept: conceptPairs.map((pair) => ({
      kind: pair.kind,
      rowKey: sectionRowKey(pair.kind),
      heading: pair.a?.heading ?? pair.b?.heading ?? pair.kind,
      ...conceptSegments(pair),
      noteNumbers: notesOf(sectionRowKey(pair.kind)),
    })),
    duties: shownDuties.map((pair, position) => ({
      rowKey: dutyRowKey(pair),
      numberA: pair.a === null ? null : pair.a + 1,
      numberB: pair.b === null ? null : pair.b + 1,
      labels: labelsOf(pair),
      score: pair.a !== null && pair.b !== null && !isAnalystLink(pair) ? pair.score : null,
      ...dutySegments(pair, input.dutiesA, input.dutiesB),
      isRewritten: pair.diff !== undefined && pair.diff.granularity !== 'words',
      why:
        pair.a === null || pair.b === null
          ? null
          : isAnalystLink(pair)
            ? 'linked by analyst'
            : (pair.why?.text ?? null),
      coveredBy: coverLines.get(position) ?? null,
      isDifference: isDutyDifference(pair),
      noteNumbers: notesOf(dutyRowKey(pair)),
    })),
    hiddenSameDuties: comparison.duties.length - shownDuties.length,
    differencesOnly,
    footnotes,
  };
}

export const labelText = (label: RowLabel): string => `${ROW_LABELS[label].icon} ${ROW_LABELS[label].text}`;
