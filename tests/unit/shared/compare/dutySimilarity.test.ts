import { describe, expect, it } from 'vitest';
import { kindOfSimilarity } from '../../../../shared/compare/alignDuties';
import { compareDuties, vectorizeDuty } from '../../../../shared/compare/dutySimilarity';
import { buildIdf, withGenericDamping } from '../../../../shared/compare/idf';
import { termsOf } from '../../../../shared/text';
import { CLAUSE_PAIRS } from '../../../fixtures/compare/clausePairs';
import { DUTY_PAIRS as SINGLE_PAIRS } from '../../../fixtures/compare/dutyPairs';

// Every calibration pair, weighed the way alignDuties weighs two specs' duties.
const DUTY_PAIRS = [...SINGLE_PAIRS, ...CLAUSE_PAIRS];
const idf = withGenericDamping(buildIdf(DUTY_PAIRS.flatMap((pair) => [termsOf(pair.a), termsOf(pair.b)])));
const similarityOf = (a: string, b: string) => compareDuties(vectorizeDuty(a, idf), vectorizeDuty(b, idf));

const RANK = { unrelated: 0, partial: 1, reworded: 2, same: 3 } as const;
const verdictOf = (a: string, b: string) => kindOfSimilarity(similarityOf(a, b)) ?? 'unrelated';

describe('duty similarity against the calibration pairs', () => {
  // Bag-of-words similarity cannot always tell "reworded" from "partial"; it must never be more than one step off.
  it.each(DUTY_PAIRS.map((pair) => [pair.expected, pair.a, pair.b] as const))(
    '%s (within one step): "%s" ~ "%s"',
    (expected, a, b) => {
      expect(Math.abs(RANK[verdictOf(a, b)] - RANK[expected])).toBeLessThanOrEqual(1);
    },
  );

  it('never pairs an unrelated duty, never drops a reworded one, and agrees exactly on at least 95% of pairs', () => {
    const verdicts = DUTY_PAIRS.map((pair) => ({ expected: pair.expected, actual: verdictOf(pair.a, pair.b) }));
    expect(verdicts.filter(({ expected, actual }) => expected === 'unrelated' && actual !== 'unrelated')).toEqual([]);
    expect(
      verdicts.filter(
        ({ expected, actual }) => (expected === 'reworded' || expected === 'same') && actual === 'unrelated',
      ),
    ).toEqual([]);
    const agreeing = verdicts.filter(({ expected, actual }) => expected === actual).length;
    expect(agreeing / verdicts.length).toBeGreaterThanOrEqual(0.95);
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
    const scores = (relation: string) =>
      DUTY_PAIRS.filter((pair) => pair.expected === relation).map((pair) => similarityOf(pair.a, pair.b).score);
    expect(Math.min(...scores('reworded'))).toBeGreaterThan(Math.max(...scores('unrelated')));
  });

  it('marks the short duty wholly inside one task of a long multi-clause duty as contained, and nothing else', () => {
    const outcomes = CLAUSE_PAIRS.map((pair) => ({
      expected: pair.contained ?? null,
      actual: similarityOf(pair.a, pair.b).contained ?? null,
    }));
    expect(outcomes.filter(({ expected, actual }) => actual !== null && actual !== expected)).toEqual([]);
    const agreeing = outcomes.filter(({ expected, actual }) => expected === actual).length;
    expect(agreeing / outcomes.length).toBeGreaterThanOrEqual(0.9);
  });

  it('pairs a short duty with the one clause of a long duty it restates as partial and contained, however many other clauses it lists', () => {
    const short = 'Prepares bid specifications and requests for proposals.';
    const clauses = [
      'Opens and tabulates bids',
      'evaluates vendor proposals',
      'recommends contract awards to the purchasing manager',
      'maintains the vendor list',
      'orders office supplies',
    ];
    for (let extra = 2; extra <= clauses.length; extra += 1) {
      const long = [short.replace(/\.$/u, ''), ...clauses.slice(0, extra)].join('; ');
      const similarity = similarityOf(short, long);
      expect([kindOfSimilarity(similarity), similarity.contained]).toEqual(['partial', 'a']);
    }
  });

  it('scores a duty with no content words as unrelated to anything but itself', () => {
    expect(similarityOf('As assigned.', 'Prepares reports.').score).toBe(0);
    expect(similarityOf('As assigned.', 'as assigned').score).toBe(1);
  });
});
