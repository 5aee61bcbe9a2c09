import { describe, expect, it } from 'vitest';
import { kindOfSimilarity } from '../../../../shared/compare/alignDuties';
import { compareDuties, vectorizeDuty } from '../../../../shared/compare/dutySimilarity';
import { buildIdf } from '../../../../shared/compare/idf';
import { termsOf } from '../../../../shared/text';
import { DUTY_PAIRS } from '../../../fixtures/compare/dutyPairs';

const idf = buildIdf(DUTY_PAIRS.flatMap((pair) => [termsOf(pair.a), termsOf(pair.b)]));
const similarityOf = (a: string, b: string) => compareDuties(vectorizeDuty(a, idf), vectorizeDuty(b, idf));

describe('duty similarity against the calibration pairs', () => {
  it.each(DUTY_PAIRS.map((pair) => [pair.expected, pair.a, pair.b] as const))('%s: "%s" ~ "%s"', (expected, a, b) => {
    expect(kindOfSimilarity(similarityOf(a, b)) ?? 'unrelated').toBe(expected);
  });

  it('is symmetric', () => {
    for (const pair of DUTY_PAIRS) {
      const forward = similarityOf(pair.a, pair.b);
      const backward = similarityOf(pair.b, pair.a);
      expect(backward.score).toBeCloseTo(forward.score, 12);
      expect(backward.aInB).toBeCloseTo(forward.bInA, 12);
    }
  });

  it('ranks every reworded pair above every unrelated pair', () => {
    const scores = (relation: string) => DUTY_PAIRS.filter((pair) => pair.expected === relation).map((pair) => similarityOf(pair.a, pair.b).score);
    expect(Math.min(...scores('reworded'))).toBeGreaterThan(Math.max(...scores('unrelated')));
  });

  it('scores a duty with no content words as unrelated to anything but itself', () => {
    expect(similarityOf('As assigned.', 'Prepares reports.').score).toBe(0);
    expect(similarityOf('As assigned.', 'as assigned').score).toBe(1);
  });
});
