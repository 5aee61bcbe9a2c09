import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../../../shared/compare';
import { buildSpec } from '../../../fixtures/compare/buildSpec';

const supervisor = buildSpec({
  title: 'Animal Technician Supervisor',
  duties: [
    'Conduct annual performance evaluations of animal technicians.',
    'Establish and supervise work priorities.',
    'Perform related duties as required.',
  ],
});

describe('duties that never pair', () => {
  it('pairs a catch-all line only with the other class’s catch-all line', () => {
    const other = buildSpec({
      title: 'Facility Program Supervisor',
      duties: ['Perform other duties as assigned.', 'Supervise facility staff and set work priorities.'],
    });
    const { duties, cover } = compareSpecs(supervisor, other);
    expect(duties.filter((pair) => pair.a === 2)).toEqual([expect.objectContaining({ b: 0 })]);
    expect(duties.filter((pair) => pair.b === 0)).toEqual([expect.objectContaining({ a: 2 })]);
    expect(cover.some((entry) => (entry.side === 'a' ? entry.duty === 2 : entry.by === 2))).toBe(false);
  });

  it('leaves a catch-all line unpaired against a class without one, though it shares the word "perform"', () => {
    const other = buildSpec({
      title: 'Facility Program Supervisor',
      duties: ['Perform annual performance reviews of facility staff.', 'Set work priorities for facility staff.'],
    });
    const { duties, cover } = compareSpecs(supervisor, other);
    expect(duties.filter((pair) => pair.a === 2)).toEqual([expect.objectContaining({ b: null, kind: 'only-a' })]);
    expect(cover.some((entry) => (entry.side === 'a' ? entry.duty === 2 : entry.by === 2))).toBe(false);
  });
});
