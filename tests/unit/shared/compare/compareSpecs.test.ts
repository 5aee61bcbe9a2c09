import { describe, expect, it } from 'vitest';
import { ALGO_VERSION, compareSpecs } from '../../../../shared/compare';
import type { Comparison, DutyPair } from '../../../../shared/compare';
import type { ClassSpec } from '../../../../shared/model';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import * as seeds from '../../../fixtures/compare/seedOutlines';
import * as others from '../../../fixtures/compare/otherEmployers';

const specs: readonly (readonly [string, ClassSpec])[] = [...Object.entries(seeds), ...Object.entries(others)].map(
  ([name, outline]) => [name, buildSpec(outline)] as const,
);
const pairsOfSpecs = specs.flatMap(([nameA, a], i) =>
  specs.slice(i + 1).map(([nameB, b]) => [`${nameA} vs ${nameB}`, a, b] as const),
);

const pairKey = (pair: DutyPair) => `${pair.a}|${pair.b}|${pair.kind}|${pair.score.toFixed(9)}|${pair.group ?? ''}`;
const mirrorKind = (kind: DutyPair['kind']) => (kind === 'only-a' ? 'only-b' : kind === 'only-b' ? 'only-a' : kind);
const mirrorGroup = (group: DutyPair['group']) =>
  group === 'split' ? 'merge' : group === 'merge' ? 'split' : undefined;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let index = result.length - 1; index > 0; index -= 1) {
    state = (state * 48271) % 2147483647;
    const other = state % (index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

describe('compareSpecs properties', () => {
  it.each(specs)('%s compared with itself: every duty same, in place, full coverage, match', (_name, spec) => {
    const comparison = compareSpecs(spec, spec);
    expect(comparison.duties).toHaveLength(spec.duties.length);
    expect(comparison.duties.every((pair) => pair.kind === 'same' && pair.a === pair.b && !pair.moved)).toBe(true);
    expect([comparison.coverage.aInB, comparison.coverage.bInA]).toEqual([1, 1]);
    expect(comparison.coverage.verdict).toBe('match');
    expect(comparison.factors.every((gap) => gap.delta === 0)).toBe(true);
  });

  it.each(pairsOfSpecs)('%s mirrors when the sides are swapped', (_name, a, b) => {
    const forward = compareSpecs(a, b);
    const backward = compareSpecs(b, a);
    const mirrored = backward.duties.map((pair) =>
      pairKey({ ...pair, a: pair.b, b: pair.a, kind: mirrorKind(pair.kind), group: mirrorGroup(pair.group) }),
    );
    expect(mirrored.sort()).toEqual(forward.duties.map(pairKey).sort());
    expect([backward.coverage.aInB, backward.coverage.bInA]).toEqual([forward.coverage.bInA, forward.coverage.aInB]);
    expect(backward.coverage.verdict).toBe(forward.coverage.verdict);
    expect(backward.factors.map((gap) => [gap.key, gap.delta === null ? null : 0 - gap.delta])).toEqual(
      forward.factors.map((gap) => [gap.key, gap.delta]),
    );
  });

  it.each(pairsOfSpecs.slice(0, 12))('%s: shuffling B\'s duties changes nothing but "moved"', (_name, a, b) => {
    const order = shuffled(
      b.duties.map((_, index) => index),
      7,
    );
    const shuffledB: ClassSpec = {
      ...b,
      duties: order.map((index) => b.duties[index]).filter((duty) => duty !== undefined),
    };
    const original = compareSpecs(a, b);
    const reordered = compareSpecs(a, shuffledB);
    const strip = (comparison: Comparison, toOriginal: (index: number) => number) =>
      comparison.duties.map((pair) => pairKey({ ...pair, b: pair.b === null ? null : toOriginal(pair.b) })).sort();
    expect(strip(reordered, (index) => order[index] ?? -1)).toEqual(strip(original, (index) => index));
    expect(reordered.coverage).toEqual(original.coverage);
  });
});

describe('compareSpecs output', () => {
  const a = buildSpec(others.countyPayrollTechnician);
  const b = buildSpec(others.cityPayrollSpecialist);
  const comparison = compareSpecs(a, b);

  it('stamps the algorithm version and both headers', () => {
    expect(comparison.algoVersion).toBe(ALGO_VERSION);
    expect([comparison.a.title, comparison.b.title]).toEqual(['Payroll Technician', 'Payroll Specialist']);
  });

  it('aligns the reworded payroll duties across employers and calls it a match at 0.7', () => {
    const paired = comparison.duties
      .filter((pair) => pair.a !== null && pair.b !== null)
      .map((pair) => [pair.a, pair.b]);
    expect(paired).toEqual(
      expect.arrayContaining([
        [0, 3],
        [1, 4],
        [2, 2],
        [3, 0],
        [3, 1],
      ]),
    );
    expect(comparison.coverage.verdict).toBe('match');
  });

  it('lets a stricter threshold turn the verdict', () => {
    expect(compareSpecs(a, b, { threshold: 0.99 }).coverage.verdict).not.toBe('match');
  });

  it('reports "other" duties separately where a side splits them', () => {
    expect(comparison.coverage.otherAInB).not.toBeNull();
    expect(comparison.coverage.otherBInA).toBeNull();
  });

  it('carries a word diff for every pair and none for unmatched duties', () => {
    for (const pair of comparison.duties) expect(pair.diff !== undefined).toBe(pair.a !== null && pair.b !== null);
  });

  it('lists factor gaps with B − A deltas', () => {
    const gaps = Object.fromEntries(comparison.factors.map((gap) => [gap.key, gap.delta]));
    expect(gaps).toMatchObject({ education: 1, experience_years: 1, complexity: 1, supervision_exercised: 1 });
  });

  it('pairs sections by kind and keeps unmatched headings on their side', () => {
    const kinds = comparison.sections.map((section) => [
      section.kind,
      section.a?.heading ?? null,
      section.b?.heading ?? null,
    ]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['knowledge', 'Knowledge of:', 'KNOWLEDGE'],
        ['licenses', 'License:', null],
        ['other', null, 'Working Hours'],
      ]),
    );
    expect(comparison.sections.find((section) => section.kind === 'knowledge')?.diff?.granularity).toBe('words');
  });
});
