import { describe, expect, it } from 'vitest';
import { measureCoverage, verdictOf } from '../../../../shared/compare';
import type { DutyPair } from '../../../../shared/compare';
import type { Duty, DutyCategory } from '../../../../shared/model';

const duty = (category: DutyCategory, percentTime?: number): Duty => ({
  text: 'x',
  category,
  span: { start: 0, end: 1 },
  ...(percentTime ? { percentTime } : {}),
});
const pair = (a: number | null, b: number | null, kind: DutyPair['kind']): DutyPair => ({
  a,
  b,
  kind,
  score: kind.startsWith('only') ? 0 : 0.6,
  moved: false,
});

describe('verdictOf', () => {
  it.each([
    [0.7, 0.7, 0.7, 'match'],
    [0.9, 0.69, 0.7, 'partial'],
    [0.35, 0.1, 0.7, 'partial'],
    [0.34, 0.34, 0.7, 'no-match'],
    [0.75, 0.75, 0.8, 'partial'],
  ] as const)('aInB %f, bInA %f at %f → %s', (aInB, bInA, threshold, verdict) => {
    expect(verdictOf(aInB, bInA, threshold)).toBe(verdict);
  });
});

describe('measureCoverage', () => {
  it('counts same/reworded fully and partial half, over essential duties', () => {
    const a = [duty('essential'), duty('essential'), duty('essential'), duty('other')];
    const b = [duty('essential'), duty('essential')];
    const pairs = [pair(0, 0, 'reworded'), pair(1, 1, 'partial'), pair(2, null, 'only-a'), pair(3, null, 'only-a')];
    const coverage = measureCoverage(a, b, pairs, 0.7);
    expect(coverage.aInB).toBeCloseTo(1.5 / 3);
    expect(coverage.bInA).toBeCloseTo(1.5 / 2);
    expect(coverage.otherAInB).toBe(0);
    expect(coverage.otherBInA).toBeNull();
    expect(coverage.verdict).toBe('partial');
  });

  it('weights by percent of time when every duty states it', () => {
    const a = [duty('essential', 80), duty('essential', 20)];
    const b = [duty('essential'), duty('essential')];
    const coverage = measureCoverage(a, b, [pair(0, 0, 'same'), pair(1, null, 'only-a'), pair(null, 1, 'only-b')]);
    expect(coverage.aInB).toBeCloseTo(0.8);
    expect(coverage.bInA).toBeCloseTo(0.5);
  });

  it('gives a duty in a split group the credit of its best pair', () => {
    const a = [duty('essential')];
    const b = [duty('essential'), duty('essential')];
    const pairs: DutyPair[] = [
      { ...pair(0, 0, 'reworded'), group: 'split' },
      { ...pair(0, 1, 'partial'), group: 'split' },
    ];
    const coverage = measureCoverage(a, b, pairs);
    expect([coverage.aInB, coverage.bInA]).toEqual([1, 0.75]);
  });

  it('counts a duty contained in one task of a longer duty fully, the longer one half, unless the task is its lead', () => {
    const a = [duty('essential')];
    const b = [duty('essential')];
    const contained: DutyPair = { ...pair(0, 0, 'partial'), contained: 'a' };
    expect([measureCoverage(a, b, [contained]).aInB, measureCoverage(a, b, [contained]).bInA]).toEqual([1, 0.5]);
    const lead: DutyPair = { ...contained, containedInLead: true };
    expect([measureCoverage(a, b, [lead]).aInB, measureCoverage(a, b, [lead]).bInA]).toEqual([1, 1]);
  });

  it('uses every duty when a side lists only "other" duties', () => {
    const coverage = measureCoverage([duty('other')], [duty('essential')], [pair(0, 0, 'same')]);
    expect([coverage.aInB, coverage.otherAInB]).toEqual([1, null]);
  });

  it('finds no match between specs without duties', () => {
    expect(measureCoverage([], [], []).verdict).toBe('no-match');
  });
});
