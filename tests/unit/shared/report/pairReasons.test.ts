import { describe, expect, it } from 'vitest';
import { compareSpecs, measureFactorGaps } from '../../../../shared/compare';
import {
  applyOverrides,
  buildComparisonReport,
  COMPARISON_LEGEND,
  levelText,
  renderComparisonHtml,
} from '../../../../shared/report';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import { reading } from './comparisonFixture';

const a = buildSpec({
  title: 'Billing Supervisor',
  duties: [
    'Supervises billing clerks and reviews their work daily.',
    'Prepares the monthly billing reconciliation report for the finance office.',
    'Orders office supplies.',
  ],
});
const b = buildSpec({
  title: 'Accounts Lead',
  duties: [
    'Supervises billing clerks and reviews their work each day.',
    'Completes billing reconciliation each month and sends the finance office a variance statement with explanations.',
    'Answers customer telephone calls.',
  ],
});

function report(comparison = compareSpecs(a, b)) {
  return buildComparisonReport({
    comparison,
    dutiesA: a.duties.map((duty) => duty.text),
    dutiesB: b.duties.map((duty) => duty.text),
    notes: [],
    differencesOnly: false,
    generatedOn: '1 May 2026',
  });
}

describe('pair reasons and readable differences', () => {
  it('gives every paired row its reason with the score, and none to a duty with no counterpart', () => {
    const rows = report().duties;
    for (const row of rows) {
      if (row.numberA !== null && row.numberB !== null) expect(row.why).toMatch(/shared terms: .+\(\d+%\)$/u);
      else expect(row.why).toBeNull();
    }
  });

  it('marks word changes only where the two duties share most of their wording; otherwise shows both whole with shared terms marked', () => {
    const rows = report().duties;
    const nearlySame = rows.find((row) => row.numberA === 1);
    expect(nearlySame?.left?.some((segment) => segment.kind === 'removed')).toBe(true);
    const reworded = rows.find((row) => row.numberA === 2 && row.numberB !== null);
    expect(reworded?.isRewritten).toBe(true);
    expect(reworded?.left?.some((segment) => segment.kind === 'removed' || segment.kind === 'added')).toBe(false);
    expect(
      reworded?.left?.filter((segment) => segment.kind === 'shared').map((segment) => segment.text.toLowerCase()),
    ).toEqual(expect.arrayContaining(['billing', 'reconciliation']));
    expect(reworded?.left?.map((segment) => segment.text).join('')).toBe(a.duties[1]?.text);
  });

  it('prints the reasons, shared-term marks and a legend that explains each mark; nothing struck through in a differently worded pair', () => {
    const html = renderComparisonHtml(report());
    expect(html).toContain('class="rc-why"');
    expect(html).toContain('<mark class="rc-shared">');
    for (const entry of COMPARISON_LEGEND.filter((item) => item.style !== 'label'))
      expect(entry.text.length).toBeGreaterThan(10);
    expect(COMPARISON_LEGEND.map((entry) => entry.style)).toEqual(
      expect.arrayContaining(['ins', 'del', 'shared', 'why']),
    );
  });

  it('says in the legend that split and merged rows are extra coverage beyond the one-to-one pairs', () => {
    const html = renderComparisonHtml(report());
    expect(html).toMatch(/Split<\/span> one duty of A also covers this further duty of B/u);
    expect(html).toMatch(/Merged<\/span> this duty of A is also covered by a duty of B/u);
    expect(html).toMatch(/done in part by B6<\/span> a duty the other class does inside one of its duties/u);
  });

  it('shows on the row of a duty done by the other class beyond the pairs where that is, in print and in the sheet', () => {
    const base = compareSpecs(a, b);
    const onlyA = base.duties.find((pair) => pair.kind === 'only-a');
    expect(onlyA?.a).not.toBeNull();
    const duty = onlyA?.a ?? 0;
    const comparison = {
      ...base,
      cover: [
        {
          side: 'a' as const,
          duty,
          by: 0,
          credit: 0.5,
          score: 0.4,
          activity: 'Order or purchase supplies',
          terms: ['office'],
        },
      ],
    };
    const printed = report(comparison);
    const row = printed.duties.find((candidate) => candidate.numberA === duty + 1);
    expect(row?.coveredBy).toBe(
      `A${duty + 1} done in part by B1: both Order or purchase supplies; shared terms: office (40%)`,
    );
    expect(printed.duties.filter((candidate) => candidate.coveredBy !== null)).toHaveLength(1);
    expect(renderComparisonHtml(printed)).toContain(`A${duty + 1} done in part by B1`);
  });

  it('labels an analyst\'s link "linked by analyst", with no engine kind and no score', () => {
    const engine = compareSpecs(a, b);
    const adjusted = applyOverrides(engine, [{ kind: 'link', a: 2, b: 2 }], {
      dutiesA: a.duties,
      dutiesB: b.duties,
      describeLink: () => ({ score: 0 }),
    });
    const row = report(adjusted).duties.find((candidate) => candidate.numberA === 3 && candidate.numberB === 3);
    expect(row?.why).toBe('linked by analyst');
    expect(row?.labels).toEqual(['linked']);
    expect(row?.score).toBeNull();
    expect(adjusted.duties.find((pair) => pair.a === 2 && pair.b === 2)?.why?.text).toBe('linked by analyst');
  });
});

describe('factor notation and pay plans', () => {
  it('writes a level one way everywhere: "Level 2 of 5 — general supervision"', () => {
    expect(levelText(1, 5, 'general supervision')).toBe('Level 2 of 5 — general supervision');
    expect(levelText(0, 4)).toBe('Level 1 of 4');
  });

  it('compares pay grades only within one pay plan', () => {
    const gradeA = { ...reading('pay_grade', 19, '19'), scaleSize: 100 };
    const gradeB = { ...reading('pay_grade', 23, 'B23'), scaleSize: 100 };
    const across = measureFactorGaps(
      { pay_grade: gradeA },
      { pay_grade: gradeB },
      { a: { jurisdiction: 'City of Houston', grade: '19' }, b: { jurisdiction: 'City of Portland', grade: 'B23' } },
    );
    expect(across[0]).toMatchObject({ delta: null, differentPayPlans: true });
    const notation = measureFactorGaps(
      { pay_grade: gradeA },
      { pay_grade: gradeB },
      { a: { jurisdiction: null, grade: '19' }, b: { jurisdiction: null, grade: 'B23' } },
    );
    expect(notation[0]?.differentPayPlans).toBe(true);
    const within = measureFactorGaps(
      { pay_grade: gradeA },
      { pay_grade: { ...gradeB, text: '23' } },
      { a: { jurisdiction: 'City of Houston', grade: '19' }, b: { jurisdiction: 'CITY OF HOUSTON', grade: '23' } },
    );
    expect(within[0]).toMatchObject({ delta: 4 });
    const comparison = compareSpecs(
      buildSpec({ title: 'A', grade: '19', jurisdiction: 'City of Houston' }),
      buildSpec({ title: 'B', grade: 'B23', jurisdiction: 'City of Portland' }),
    );
    const row = report(comparison).factors.find((factor) => factor.key === 'pay_grade');
    if (row) expect(row.delta.text).toBe('different pay plans');
  });
});
