import { describe, expect, it } from 'vitest';
import { buildComparisonReport } from '../../../../shared/report/comparisonReport';
import { buildComparisonSheets } from '../../../../shared/report/comparisonSheets';
import { dutiesA, dutiesB, makeComparison } from './comparisonFixture';

const comparison = makeComparison();
const report = buildComparisonReport({
  comparison,
  dutiesA,
  dutiesB,
  notes: [{ rowKey: 'factor:complexity', text: 'Escalations.' }],
  differencesOnly: false,
  generatedOn: 'today',
});
const [summary, factors, duties] = buildComparisonSheets(report, comparison.coverage);

describe('buildComparisonSheets', () => {
  it('gives coverage as numbers (percent) for both directions', () => {
    expect(summary?.rows.find((row) => row[0] === 'Duties covered by the other class (%)')).toEqual([
      'Duties covered by the other class (%)',
      50,
      50,
    ]);
    expect(summary?.rows.find((row) => row[0] === 'Verdict')?.[1]).toBe('No match');
  });

  it('adds the case number and preparer to the summary only when the analyst gave them', () => {
    expect(summary?.rows.map((row) => row[0])).not.toContain('Case number');
    const withCase = buildComparisonReport({
      comparison,
      dutiesA,
      dutiesB,
      notes: [],
      differencesOnly: false,
      generatedOn: 'today',
      preparer: ' R. Okafor ',
      caseNumber: 'RC-2026-014',
    });
    const [caseSummary] = buildComparisonSheets(withCase, comparison.coverage);
    expect(caseSummary?.rows.slice(-2)).toEqual([
      ['Case number', 'RC-2026-014', null],
      ['Prepared by', 'R. Okafor', null],
    ]);
  });

  it('puts each factor on one row with numeric levels, the delta and the analyst’s note', () => {
    const complexity = factors?.rows.find((row) => row[0] === 'Complexity');
    expect(complexity).toEqual([
      'Complexity',
      2,
      5,
      'level 2',
      'Work is routine.',
      4,
      5,
      'level 4',
      'Work is complex.',
      2,
      'B higher by 2',
      '[1] Escalations.',
    ]);
    expect(factors?.columns).toHaveLength(complexity?.length ?? 0);
  });

  it('heads the factor columns side by side, typing levels and scales as integers', () => {
    expect(factors?.columns.map((column) => column.header)).toEqual([
      'Factor',
      'Level A',
      'Scale A',
      'Label A',
      'Evidence A',
      'Level B',
      'Scale B',
      'Label B',
      'Evidence B',
      'Delta (B − A)',
      'Change',
      'Notes',
    ]);
    const integers = factors?.columns.filter((column) => column.format === 'integer').map((column) => column.header);
    expect(integers).toEqual(['Level A', 'Scale A', 'Level B', 'Scale B', 'Delta (B − A)']);
  });

  it('lists every duty row with its own text on each side (no diff markup) and a numeric score', () => {
    expect(duties?.rows).toHaveLength(comparison.duties.length);
    expect(duties?.rows[1]).toEqual([2, 'Plans work', '≈ Reworded', 70, null, null, 2, 'Plans operations', null]);
    expect(duties?.rows[2]).toEqual([3, 'Orders supplies.', '◀ Only in A', null, null, null, null, null, null]);
  });
});
