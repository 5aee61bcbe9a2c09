import { describe, expect, it } from 'vitest';
import type { ClassSpec, FactorReadings } from '../../../../shared/model';
import { buildSeriesReport, heatOf } from '../../../../shared/report/seriesReport';
import { renderSeriesHtml } from '../../../../shared/report/renderSeriesHtml';
import { buildSeriesSheets } from '../../../../shared/report/seriesSheets';
import { reading } from './comparisonFixture';

function spec(title: string, grade: string, factors: FactorReadings): ClassSpec {
  return {
    title,
    code: null,
    grade,
    salaryRange: null,
    jurisdiction: null,
    flsa: null,
    effectiveDate: null,
    revisedDate: null,
    spans: {},
    sections: [],
    duties: [],
    qualifications: { education: null, experienceYears: null, substitutions: [], licenses: [] },
    factorStatements: {},
    factors,
    family: [],
    documentKind: 'class',
    warnings: [],
    text: '',
  };
}

const specs = [
  spec('Chief <i>', '22', {
    supervision_exercised: reading('supervision_exercised', 4, 'Directs staff.'),
    complexity: reading('complexity', 2, 'Routine.'),
  }),
  spec('Supervisor', '18', {
    supervision_exercised: reading('supervision_exercised', 3, 'Leads staff.'),
    complexity: reading('complexity', 3, 'Varied.'),
  }),
  spec('Manager', '26', { supervision_exercised: reading('supervision_exercised', 4, 'Directs staff.') }),
];
const report = buildSeriesReport({
  name: 'Customer service',
  generatedOn: 'today',
  specs,
  ladder: {
    order: [1, 0, 2],
    inversions: [{ factor: 'complexity', lower: 1, higher: 0, lowerLevel: 3, higherLevel: 2 }],
    identical: [{ factor: 'supervision_exercised', classes: [0, 2], text: 'Directs staff.' }],
  },
  dutyRows: [{ text: 'Leads', cells: [0, null, 1] }],
});

describe('buildSeriesReport', () => {
  it('orders the columns by the ladder and keeps only factors some class states', () => {
    expect(report.columns.map((column) => column.title)).toEqual(['Supervisor', 'Chief <i>', 'Manager']);
    expect(report.factors.map((row) => row.key)).toEqual(['complexity', 'supervision_exercised']);
    expect(report.factors[0]?.cells.map((cell) => cell?.level ?? null)).toEqual([3, 2, null]);
  });

  it('flags an inversion on the higher class and repeated text on every class that shares it, with an explanation', () => {
    expect(report.factors[0]?.cells[1]?.flags).toEqual(['▼ Inversion: lower than Supervisor']);
    expect(report.factors[1]?.cells[1]?.flags).toEqual(['≡ Same text as Manager']);
    expect(report.factors[1]?.cells[2]?.flags).toEqual(['≡ Same text as Chief <i>']);
    expect(report.findings).toHaveLength(2);
    expect(report.findings[1]).toContain('word for word the same in Chief <i> and Manager');
  });

  it.each([
    [0, 5, 0],
    [4, 5, 4],
    [2, 5, 2],
    [0, 1, 4],
    [7, 5, 4],
    [1, 3, 2],
  ])('heat of level %i of %i is %i', (level, size, heat) => {
    expect(heatOf(level, size)).toBe(heat);
  });

  it('escapes class titles in the printed ladder', () => {
    const html = renderSeriesHtml(report);
    expect(html).toContain('Chief &lt;i&gt;');
    expect(html).not.toContain('Chief <i>');
  });

  it('exports levels as numbers with a label column per class', () => {
    const [factors, duties] = buildSeriesSheets(report);
    expect(factors?.columns.map((column) => column.header)).toContain('Supervisor level');
    expect(factors?.rows[0]?.slice(0, 3)).toEqual(['Complexity', 3, 'level 3']);
    expect(duties?.rows[0]).toEqual(['Leads', 1, null, 2]);
  });
});
