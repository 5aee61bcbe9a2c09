import type { Coverage } from '../compare';
import type { ComparisonReport, FactorSide } from './comparisonReport';
import { labelText } from './comparisonReport';
import type { Segment } from './segments';
import type { CellValue, SheetColumn, SheetModel } from './sheet';

const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

/** The text of one side as the class states it (without the other side's insertions). */
export const segmentsText = (segments: readonly Segment[] | null): string =>
  (segments ?? []).map((segment) => segment.text).join('');

/** What one class states for a factor: level, scale size, label and evidence, in that order. */
const factorSideColumns = (side: 'A' | 'B'): SheetColumn[] => [
  { header: `Level ${side}`, width: 9, format: 'integer' },
  { header: `Scale ${side}`, width: 9, format: 'integer' },
  { header: `Label ${side}`, width: 20 },
  { header: `Evidence ${side}`, width: 60 },
];
const factorSideCells = (side: FactorSide | null): CellValue[] => [
  side?.level ?? null,
  side?.scaleSize ?? null,
  side?.label ?? null,
  side?.evidence ?? null,
];

/** Header and coverage, factor table, duty pairs: one sheet each, numbers kept as numbers. */
export function buildComparisonSheets(report: ComparisonReport, coverage: Coverage): SheetModel[] {
  const notesOf = (numbers: readonly number[]): string =>
    numbers
      .map((number) => `[${number}] ${report.footnotes.find((note) => note.number === number)?.text ?? ''}`)
      .join(' ');
  const summaryRows: CellValue[][] = [
    ['Title', report.a.title, report.b.title],
    ['Code', report.a.code, report.b.code],
    ['Grade', report.a.grade, report.b.grade],
    ['Employer', report.a.jurisdiction, report.b.jurisdiction],
    ['Duties covered by the other class (%)', percent(coverage.aInB), percent(coverage.bInA)],
    ['Other duties covered by the other class (%)', percent(coverage.otherAInB), percent(coverage.otherBInA)],
    ['Threshold (%)', percent(coverage.threshold), percent(coverage.threshold)],
    ['Verdict', report.verdictText, report.verdictText],
    // The whole comparison's, so it sits in the first value column only.
    ...(report.caseNumber ? [['Case number', report.caseNumber, null]] : []),
    ...(report.preparer ? [['Prepared by', report.preparer, null]] : []),
  ];
  return [
    {
      name: 'Summary',
      columns: [
        { header: 'Field', width: 40 },
        { header: 'Class A', width: 45 },
        { header: 'Class B', width: 45 },
      ],
      rows: summaryRows,
    },
    {
      name: 'Factors',
      columns: [
        { header: 'Factor', width: 24 },
        ...factorSideColumns('A'),
        ...factorSideColumns('B'),
        { header: 'Delta (B − A)', width: 12, format: 'integer' },
        { header: 'Change', width: 18 },
        { header: 'Notes', width: 40 },
      ],
      rows: report.factors.map((row) => [
        row.name,
        ...factorSideCells(row.a),
        ...factorSideCells(row.b),
        row.a && row.b ? row.b.level - row.a.level : null,
        row.delta.text,
        notesOf(row.noteNumbers) || null,
      ]),
    },
    {
      name: 'Duties',
      columns: [
        { header: 'A #', width: 6, format: 'integer' },
        { header: 'Duty in A', width: 70 },
        { header: 'Relation', width: 22 },
        { header: 'Score (%)', width: 10, format: 'decimal' },
        { header: 'Why paired', width: 40 },
        { header: 'Also done by', width: 40 },
        { header: 'B #', width: 6, format: 'integer' },
        { header: 'Duty in B', width: 70 },
        { header: 'Notes', width: 40 },
      ],
      rows: report.duties.map((row) => [
        row.numberA,
        row.left ? segmentsText(row.left) : null,
        row.labels.map(labelText).join(', '),
        row.score === null ? null : Math.round(row.score * 1000) / 10,
        row.why,
        row.coveredBy,
        row.numberB,
        row.right ? segmentsText(row.right) : null,
        notesOf(row.noteNumbers) || null,
      ]),
    },
  ];
}
