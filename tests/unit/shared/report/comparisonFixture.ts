import type { Comparison, DutyPair, FactorGap } from '../../../../shared/compare/types';
import type { Duty, DutyCategory, FactorReading } from '../../../../shared/model';

export const reading = (key: FactorReading['key'], level: number, text: string): FactorReading => ({
  key,
  level,
  scaleSize: 5,
  label: `level ${level}`,
  evidence: { start: 0, end: text.length },
  text,
  basis: 'cue',
});

export const pair = (
  a: number | null,
  b: number | null,
  kind: DutyPair['kind'],
  score = kind === 'same' ? 1 : kind.startsWith('only') ? 0 : 0.7,
): DutyPair => ({
  a,
  b,
  kind,
  score,
  moved: false,
});

/** A 4-duty A against a 4-duty B: two pairs, two duties only in A, two only in B. */
export function makeComparison(overrides: Partial<Comparison> = {}): Comparison {
  const factors: FactorGap[] = [
    {
      key: 'complexity',
      a: reading('complexity', 2, 'Work is routine.'),
      b: reading('complexity', 4, 'Work is complex.'),
      delta: 2,
    },
    {
      key: 'physical_effort',
      a: reading('physical_effort', 1, 'Sedentary.'),
      b: reading('physical_effort', 1, 'Sedentary.'),
      delta: 0,
    },
  ];
  return {
    algoVersion: 1,
    a: { title: 'Customer Service Supervisor', code: '886.7', grade: '18', jurisdiction: 'City of Houston' },
    b: { title: 'Customer Service Section Chief', code: '886.8', grade: '22', jurisdiction: 'City of Houston' },
    duties: [
      pair(0, 0, 'same'),
      {
        ...pair(1, 1, 'reworded'),
        diff: {
          granularity: 'words',
          changes: [
            { kind: 'same', text: 'Plans ' },
            { kind: 'removed', text: 'work' },
            { kind: 'added', text: 'operations' },
          ],
        },
      },
      pair(2, null, 'only-a'),
      pair(3, null, 'only-a'),
      pair(null, 2, 'only-b'),
      pair(null, 3, 'only-b'),
    ],
    cover: [],
    coverage: { aInB: 0.5, bInA: 0.5, otherAInB: null, otherBInA: null, threshold: 0.7, verdict: 'no-match' },
    factors,
    sections: [
      {
        kind: 'summary',
        a: { heading: 'GENERAL SUMMARY:', text: 'Supervises staff.', span: { start: 0, end: 17 } },
        b: { heading: 'GENERAL SUMMARY:', text: 'Manages staff.', span: { start: 0, end: 14 } },
        diff: {
          granularity: 'words',
          changes: [
            { kind: 'removed', text: 'Supervises' },
            { kind: 'added', text: 'Manages' },
            { kind: 'same', text: ' staff.' },
          ],
        },
      },
    ],
    ...overrides,
  };
}

export const duties = (categories: readonly DutyCategory[]): Duty[] =>
  categories.map((category, index) => ({
    text: `duty ${index + 1}`,
    category,
    span: { start: index, end: index + 1 },
  }));
export const essential = (count: number): Duty[] => duties(Array.from({ length: count }, () => 'essential'));
export const dutiesA = ['Supervises staff.', 'Plans work', 'Orders supplies.', 'Answers phones.'];
export const dutiesB = ['Supervises staff.', 'Plans operations', 'Sets budgets.', 'Hires staff.'];
