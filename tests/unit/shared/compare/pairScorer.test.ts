import { describe, expect, it } from 'vitest';
import { activityGroupsOf, type ActivityProfile } from '../../../../shared/compare/activities/activityModel';
import type { DutySimilarity } from '../../../../shared/compare/dutySimilarity';
import { dutyTraits, pairFeatures, pairProbability } from '../../../../shared/compare/pairScorer';
import { analyzeStatement } from '../../../../shared/text';

// Four activities: two in one intermediate activity, a third in another of the same general activity, a fourth elsewhere.
const groups = activityGroupsOf(['4.A.4.b.4.I01.D01', '4.A.4.b.4.I01.D02', '4.A.4.b.4.I02.D01', '4.A.2.a.1.I05.D03']);
const profile = (entries: readonly (readonly [number, number])[]): ActivityProfile => {
  const length = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0));
  return {
    activities: Int32Array.from(entries.map(([activity]) => activity)),
    weights: Float64Array.from(entries.map(([, weight]) => weight / length)),
    strengths: Float64Array.from(entries.map(([, weight]) => weight)),
  };
};
const traits = (text: string, entries: readonly (readonly [number, number])[]) =>
  dutyTraits(analyzeStatement(text), profile(entries), groups);
const similarity = (fields: Partial<DutySimilarity>): DutySimilarity => ({
  score: 0.3,
  aInB: 0.4,
  bInA: 0.3,
  literal: 0.2,
  lexical: 0.3,
  work: 0.3,
  ...fields,
});

describe('duty pair scorer', () => {
  it('groups O*NET activities by their intermediate and general activity ids', () => {
    expect([...groups.intermediate]).toEqual([0, 0, 1, 2]);
    expect([...groups.general]).toEqual([0, 0, 0, 1]);
  });

  it('reads the verb and the shared intermediate activity of two duties whose detailed activities differ', () => {
    const supervises = traits('Supervises customer service staff.', [
      [0, 0.9],
      [3, 0.1],
    ]);
    const directs = traits('Supervises the work of clerks answering calls.', [
      [1, 0.8],
      [2, 0.2],
    ]);
    const features = pairFeatures(similarity({}), supervises, directs);
    expect(features.sameVerb).toBe(1);
    expect(features.sameTopIntermediate).toBe(1);
    expect(features.intermediateCosine).toBeGreaterThan(0.9);
    expect(features.sameTopGeneral).toBe(1);
  });

  it('is symmetric: swapping the duties gives the same probability', () => {
    const a = traits('Plans and schedules work crews.', [[0, 1]]);
    const b = traits('Repairs water meters in the field and at the shop bench.', [[3, 1]]);
    const forward = pairFeatures(similarity({ aInB: 0.5, bInA: 0.2 }), a, b);
    const backward = pairFeatures(similarity({ aInB: 0.2, bInA: 0.5 }), b, a);
    expect(pairProbability(backward)).toBeCloseTo(pairProbability(forward), 12);
  });

  it('gives duties doing the same work a higher probability than duties sharing only a word, and identical ones near certainty', () => {
    const schedules = traits('Schedules staff to cover the service counter.', [[0, 1]]);
    const sameWork = traits('Prepares staff work schedules for the counter.', [[1, 1]]);
    const otherWork = traits('Calibrates meters used by the counter staff.', [[3, 1]]);
    const close = pairProbability(pairFeatures(similarity({ work: 0.8 }), schedules, sameWork));
    const loose = pairProbability(pairFeatures(similarity({ work: 0 }), schedules, otherWork));
    expect(close).toBeGreaterThan(loose);
    const identical = pairProbability(
      pairFeatures({ score: 1, aInB: 1, bInA: 1, literal: 1, lexical: 1, work: 1 }, schedules, schedules),
    );
    expect(identical).toBeGreaterThan(0.95);
  });
});
