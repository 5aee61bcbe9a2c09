import { describe, expect, it } from 'vitest';
import { applyOverrides, type DutyOverride, type OverrideContext } from '../../../../shared/report/applyOverrides';
import { duties, essential, makeComparison } from './comparisonFixture';

const context: OverrideContext = {
  dutiesA: essential(4),
  dutiesB: essential(4),
  describeLink: () => ({ score: 0.4 }),
};

describe('applyOverrides', () => {
  it('keeps the engine result untouched when there are no overrides', () => {
    const comparison = makeComparison();
    const adjusted = applyOverrides(comparison, [], context);
    expect(adjusted.duties).toEqual(comparison.duties);
    expect(adjusted.coverage).toEqual(comparison.coverage);
    expect(adjusted.skipped).toEqual([]);
  });

  it.each<[string, readonly DutyOverride[], number, number, string]>([
    ['linking two unmatched duties raises coverage both ways', [{ kind: 'link', a: 2, b: 2 }], 0.75, 0.75, 'match'],
    [
      'linking both leftover pairs covers everything',
      [
        { kind: 'link', a: 2, b: 2 },
        { kind: 'link', a: 3, b: 3 },
      ],
      1,
      1,
      'match',
    ],
    ['unlinking a pair lowers coverage both ways', [{ kind: 'unlink', a: 1, b: 1 }], 0.25, 0.25, 'no-match'],
    ['linking one A duty to a second B duty covers only B more', [{ kind: 'link', a: 0, b: 2 }], 0.5, 0.75, 'partial'],
  ])('%s', (_name, overrides, aInB, bInA, verdict) => {
    const adjusted = applyOverrides(makeComparison(), overrides, { ...context, threshold: 0.7 });
    expect(adjusted.coverage.aInB).toBeCloseTo(aInB);
    expect(adjusted.coverage.bInA).toBeCloseTo(bInA);
    expect(adjusted.coverage.verdict).toBe(verdict);
  });

  it('replaces the unmatched rows of linked duties with one pair marked as the analyst’s', () => {
    const adjusted = applyOverrides(makeComparison(), [{ kind: 'link', a: 3, b: 2 }], context);
    const linked = adjusted.duties.filter((row) => row.a === 3 || row.b === 2);
    expect(linked).toEqual([expect.objectContaining({ a: 3, b: 2, linkedBy: 'analyst', score: 0.4 })]);
    expect(adjusted.duties).toHaveLength(5);
  });

  it('lists both duties of an unlinked pair as unmatched, where the pair stood', () => {
    const adjusted = applyOverrides(makeComparison(), [{ kind: 'unlink', a: 1, b: 1 }], context);
    expect(adjusted.duties.slice(1, 3)).toEqual([
      expect.objectContaining({ a: 1, b: null, kind: 'only-a' }),
      expect.objectContaining({ a: null, b: 1, kind: 'only-b' }),
    ]);
  });

  it('marks a duty linked to two partners as split, and clears the mark when one link is removed', () => {
    const split = applyOverrides(makeComparison(), [{ kind: 'link', a: 0, b: 2 }], context);
    expect(split.duties.filter((row) => row.a === 0).map((row) => row.group)).toEqual(['split', 'split']);
    const back = applyOverrides(
      makeComparison(),
      [
        { kind: 'link', a: 0, b: 2 },
        { kind: 'unlink', a: 0, b: 2 },
      ],
      context,
    );
    expect(back.duties.filter((row) => row.a === 0).map((row) => row.group)).toEqual([undefined]);
    expect(back.duties.some((row) => row.kind === 'only-b' && row.b === 2)).toBe(true);
  });

  it.each<[string, DutyOverride]>([
    ['a duty index past the end', { kind: 'link', a: 9, b: 0 }],
    ['a negative index', { kind: 'link', a: -1, b: 0 }],
    ['a pair the engine no longer makes', { kind: 'unlink', a: 2, b: 3 }],
  ])('reports an override that no longer fits (%s) instead of dropping it', (_name, override) => {
    const adjusted = applyOverrides(makeComparison(), [override], context);
    expect(adjusted.skipped).toEqual([override]);
    expect(adjusted.coverage.aInB).toBeCloseTo(0.5);
  });

  it('counts essential duties for coverage and reports other duties apart', () => {
    const adjusted = applyOverrides(makeComparison(), [{ kind: 'link', a: 3, b: 3 }], {
      ...context,
      dutiesA: duties(['essential', 'essential', 'essential', 'other']),
      dutiesB: duties(['essential', 'essential', 'other', 'other']),
    });
    expect(adjusted.coverage.aInB).toBeCloseTo(2 / 3);
    expect(adjusted.coverage.bInA).toBeCloseTo(1);
    expect(adjusted.coverage.otherAInB).toBeCloseTo(1);
    expect(adjusted.coverage.otherBInA).toBeCloseTo(0.5);
  });
});
