import { describe, expect, it } from 'vitest';
import { buildSeriesLadder } from '../../../../shared/compare';
import { calibrateFactors } from '../../../../shared/factors';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import { assistantManager, representativeII, sectionChief, supervisor } from '../../../fixtures/compare/seedOutlines';

// Input deliberately out of grade order: 26, 15, 22, 18.
const specs = [assistantManager, representativeII, sectionChief, supervisor].map(buildSpec);
const titleOf = (index: number) => specs[index]?.title;

describe('buildSeriesLadder on the Houston series', () => {
  const ladder = buildSeriesLadder(specs);

  it('orders the classes by grade', () => {
    expect(ladder.order.map(titleOf)).toEqual([
      'Customer Service Representative II',
      'Customer Service Supervisor',
      'Customer Service Section Chief',
      'Assistant Customer Service Manager',
    ]);
  });

  it('flags the Section Chief and Assistant Manager sharing one Supervision Exercised text', () => {
    const repeat = ladder.identical.find((entry) => entry.factor === 'supervision_exercised');
    expect(repeat?.classes.map(titleOf)).toEqual([
      'Customer Service Section Chief',
      'Assistant Customer Service Manager',
    ]);
  });

  it('never calls lighter working conditions in a higher class an inversion', () => {
    expect(
      ladder.inversions.filter((inversion) =>
        ['physical_effort', 'work_environment', 'physical_skill'].includes(inversion.factor),
      ),
    ).toEqual([]);
    expect(ladder.identical.some((entry) => entry.factor === 'physical_effort')).toBe(false);
  });

  it('flags the Section Chief stating more routine internal contacts than the Supervisor', () => {
    const inversion = ladder.inversions.find((entry) => entry.factor === 'internal_contacts');
    expect([titleOf(inversion?.lower ?? -1), titleOf(inversion?.higher ?? -1)]).toEqual([
      'Customer Service Supervisor',
      'Customer Service Section Chief',
    ]);
    expect(inversion?.higherLevel).toBeLessThan(inversion?.lowerLevel ?? 0);
  });

  it('has no inversion in the factors that rise (complexity, impact, supervision, experience)', () => {
    const rising = [
      'complexity',
      'impact',
      'supervision_exercised',
      'supervision_received',
      'experience_years',
      'education',
    ];
    expect(ladder.inversions.filter((inversion) => rising.includes(inversion.factor))).toEqual([]);
  });

  it("can use calibrated readings instead of each spec's own", () => {
    const calibrated = buildSeriesLadder(specs, { readings: calibrateFactors(specs) });
    expect(calibrated.order).toEqual(ladder.order);
  });
});

describe('buildSeriesLadder edge cases', () => {
  it('puts ungraded classes last in input order and leaves them out of inversions', () => {
    const ungraded = buildSpec({ title: 'Trainee', statements: { complexity: 'Work is highly complex.' } });
    const graded = buildSpec({
      title: 'Clerk',
      grade: '9',
      statements: { complexity: 'Work consists of standard procedures.' },
    });
    const ladder = buildSeriesLadder([ungraded, graded]);
    expect(ladder.order).toEqual([1, 0]);
    expect(ladder.inversions).toEqual([]);
  });

  it('flags a higher grade that states a lower level', () => {
    const lower = buildSpec({
      title: 'Analyst II',
      grade: '20',
      statements: { complexity: 'Work is highly complex.' },
    });
    const higher = buildSpec({
      title: 'Analyst III',
      grade: '22',
      statements: { complexity: 'Work consists of standard procedures.' },
    });
    expect(buildSeriesLadder([lower, higher]).inversions).toEqual([
      { factor: 'complexity', lower: 0, higher: 1, lowerLevel: 4, higherLevel: 0 },
    ]);
  });
});
