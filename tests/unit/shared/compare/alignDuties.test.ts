import { describe, expect, it } from 'vitest';
import { alignDuties } from '../../../../shared/compare';
import type { Duty } from '../../../../shared/model';

const duties = (...texts: string[]): Duty[] =>
  texts.map((text, index) => ({ text, category: 'essential', span: { start: index, end: index + 1 } }));
const rows = (pairs: ReturnType<typeof alignDuties>) =>
  pairs.map((pair) => [pair.a, pair.b, pair.kind, pair.moved, pair.group ?? null]);

describe('alignDuties', () => {
  it('pairs identical duties as same and lists the rest as only-b / only-a, each after its predecessor', () => {
    const pairs = alignDuties(
      duties('Prepares payroll reports.', 'Drives a delivery van.'),
      duties('1. Prepares payroll reports', 'Inspects playground equipment.'),
    );
    expect(rows(pairs)).toEqual([
      [0, 0, 'same', false, null],
      [null, 1, 'only-b', false, null],
      [1, null, 'only-a', false, null],
    ]);
  });

  it('sees through rewording', () => {
    const [pair] = alignDuties(
      duties('Supervises, trains and evaluates clerical staff.'),
      duties('Oversees, coaches and reviews the work of clerical employees.'),
    );
    expect(pair?.kind).toBe('reworded');
  });

  it('marks a pair moved when it sits out of order, and only that pair', () => {
    const a = duties(
      'Prepares payroll reports.',
      'Reconciles bank statements.',
      'Orders office supplies.',
      'Trains timekeepers.',
    );
    const b = duties(
      'Trains timekeepers.',
      'Prepares payroll reports.',
      'Reconciles bank statements.',
      'Orders office supplies.',
    );
    const moved = alignDuties(a, b)
      .filter((pair) => pair.moved)
      .map((pair) => [pair.a, pair.b]);
    expect(moved).toEqual([[3, 0]]);
  });

  it('groups a combined duty with the duties it was split into', () => {
    const a = duties('Prepares payroll reports and reconciles payroll accounts; maintains payroll records.');
    const b = duties('Prepares payroll reports.', 'Reconciles payroll accounts and maintains payroll records.');
    const pairs = alignDuties(a, b);
    expect(pairs.every((pair) => pair.a === 0 && pair.group === 'split')).toBe(true);
    expect(pairs.map((pair) => pair.b).sort()).toEqual([0, 1]);
  });

  it('calls the mirror of a split a merge', () => {
    const a = duties('Prepares payroll reports.', 'Reconciles payroll accounts and maintains payroll records.');
    const b = duties('Prepares payroll reports and reconciles payroll accounts; maintains payroll records.');
    const pairs = alignDuties(a, b);
    expect(pairs.every((pair) => pair.b === 0 && pair.group === 'merge')).toBe(true);
  });

  it('does not pull an unrelated leftover duty into a group', () => {
    const pairs = alignDuties(
      duties('Prepares payroll reports and reconciles payroll accounts.'),
      duties('Prepares payroll reports.', 'Inspects fire hydrants.'),
    );
    expect(pairs.find((pair) => pair.b === 1)?.kind).toBe('only-b');
  });

  it('marks a short duty restating one task of a long semicolon-run duty as contained, and mirrors the mark', () => {
    const short = duties('Prepares bid specifications and requests for proposals.');
    const long = duties(
      'Opens and tabulates bids; prepares bid specifications and requests for proposals; recommends contract awards; maintains the vendor list.',
    );
    const [forward] = alignDuties(short, long);
    expect([forward?.kind, forward?.contained, forward?.containedInLead]).toEqual(['partial', 'a', undefined]);
    const [backward] = alignDuties(long, short);
    expect([backward?.kind, backward?.contained]).toEqual(['partial', 'b']);
  });

  it('tells when the contained duty restates the lead clause of the long one', () => {
    const long = duties(
      'Prepares bid specifications and requests for proposals; opens and tabulates bids; recommends contract awards; maintains the vendor list.',
    );
    const [pair] = alignDuties(duties('Prepares bid specifications and requests for proposals.'), long);
    expect([pair?.contained, pair?.containedInLead]).toEqual(['a', true]);
  });

  it('links a duty to a second counterpart it clearly relates to when one-to-one pairing gave that counterpart away', () => {
    const a = duties('Supervises, trains and evaluates customer service staff.', 'Inspects fire hydrants.');
    const b = duties(
      'Trains customer service staff on billing procedures.',
      'Evaluates the performance of customer service staff and recommends discipline.',
    );
    const linked = alignDuties(a, b)
      .filter((pair) => pair.a === 0)
      .map((pair) => pair.b)
      .sort();
    expect(linked).toEqual([0, 1]);
  });

  it('handles empty lists', () => {
    expect(alignDuties([], [])).toEqual([]);
    expect(rows(alignDuties(duties('Prepares reports.'), []))).toEqual([[0, null, 'only-a', false, null]]);
  });
});
