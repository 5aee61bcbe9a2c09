import { describe, expect, it } from 'vitest';
import { FES_PLAN, gradeFromPoints, totalPoints } from '../../../../shared/factors';

describe('FES plan', () => {
  it('has the nine FES factors with their published level counts', () => {
    expect(FES_PLAN.factors.map((factor) => factor.points.length)).toEqual([9, 5, 5, 6, 6, 4, 4, 3, 3]);
  });

  it.each([
    [189, null],
    [190, 'GS-1'],
    [250, 'GS-1'],
    [252, null],
    [455, 'GS-3'],
    [1855, 'GS-9'],
    [2750, 'GS-11'],
    [4055, 'GS-15'],
    [6000, 'GS-15'],
  ])('%i points → %s', (points, grade) => {
    expect(gradeFromPoints(FES_PLAN, points)).toBe(grade);
  });

  it('totals a classic GS-7 evaluation', () => {
    const levels = {
      knowledge: 5,
      supervisory_controls: 2,
      guidelines: 2,
      complexity: 3,
      scope_and_effect: 2,
      personal_contacts: 2,
      purpose_of_contacts: 2,
      physical_demands: 1,
      work_environment: 1,
    };
    const total = totalPoints(FES_PLAN, levels);
    expect(total).toEqual({ ok: true, points: 750 + 125 + 125 + 150 + 75 + 25 + 50 + 5 + 5 });
    expect(total.ok && gradeFromPoints(FES_PLAN, total.points)).toBe('GS-6');
  });

  it.each([
    [{ charisma: 1 }, 'unknown_factor'],
    [{ complexity: 7 }, 'level_out_of_range'],
    [{ complexity: 0 }, 'level_out_of_range'],
    [{ complexity: 1.5 }, 'level_out_of_range'],
  ])('reports %j as %s', (levels, code) => {
    const total = totalPoints(FES_PLAN, levels);
    expect(total.ok ? null : total.error.code).toBe(code);
  });
});
