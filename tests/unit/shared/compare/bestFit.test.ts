import { describe, expect, it } from 'vitest';
import { factorCloseness, prepareBestFitIndex, rankBestFit } from '../../../../shared/compare';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import { generateLibrary } from '../../../fixtures/compare/generateLibrary';
import {
  cityPayrollSpecialist,
  countyPayrollTechnician,
  utilityFieldWorker,
} from '../../../fixtures/compare/otherEmployers';
import { assistantManager, representativeII, sectionChief, supervisor } from '../../../fixtures/compare/seedOutlines';

const library = [
  ...[representativeII, supervisor, sectionChief, assistantManager, cityPayrollSpecialist, utilityFieldWorker].map(
    (outline, index) => ({ id: `fixture-${index}`, spec: buildSpec(outline) }),
  ),
  ...generateLibrary(200, 3).map((spec, index) => ({ id: `generated-${index}`, spec })),
];
const index = prepareBestFitIndex(library);

describe('rankBestFit', () => {
  it('ranks a class first against a library that contains it', () => {
    const [first] = rankBestFit(library[1]!.spec, index);
    expect(first?.id).toBe('fixture-1');
    expect(first?.coverage).toBe(1);
  });

  it("finds the other employer's reworded payroll class for a payroll technician", () => {
    const [first] = rankBestFit(buildSpec(countyPayrollTechnician), index);
    expect(first?.title).toBe('Payroll Specialist');
    expect(first?.coverage).toBeGreaterThan(0.5);
  });

  it("can leave the query's own entry out and limit the list", () => {
    const ranked = rankBestFit(library[0]!.spec, index, { excludeId: 'fixture-0', limit: 3 });
    expect(ranked).toHaveLength(3);
    expect(ranked.some((entry) => entry.id === 'fixture-0')).toBe(false);
  });

  it('ranks by score, highest first, with scores in 0..1', () => {
    const ranked = rankBestFit(library[7]!.spec, index, { limit: 20 });
    expect(ranked.every((entry, position) => position === 0 || entry.score <= (ranked[position - 1]?.score ?? 1))).toBe(
      true,
    );
    expect(ranked.every((entry) => entry.score >= 0 && entry.score <= 1)).toBe(true);
  });

  it("weighs a position description's duties by their share of time", () => {
    const position = (payroll: number, field: number) =>
      buildSpec({
        title: 'Position description',
        duties: [
          {
            text: 'Reconciles payroll accounts and answers staff questions about paychecks and deductions.',
            percentTime: payroll,
          },
          { text: 'Locates and repairs leaks in water service lines and flushes hydrants.', percentTime: field },
        ],
      });
    const first = (spec: ReturnType<typeof position>) => rankBestFit(spec, index, { limit: 1 })[0]?.title;
    expect(first(position(85, 15))).toBe('Payroll Specialist');
    expect(first(position(15, 85))).toBe('Utility Worker II');
  });

  it('returns zero coverage everywhere for a spec without duties', () => {
    expect(rankBestFit(buildSpec({ title: 'Empty' }), index).every((entry) => entry.coverage === 0)).toBe(true);
  });
});

describe('factorCloseness', () => {
  it('is 1 for identical levels, lower as levels part, 0.5 when nothing compares', () => {
    const a = buildSpec(supervisor).factors;
    expect(factorCloseness(a, a)).toBe(1);
    expect(factorCloseness(a, buildSpec(assistantManager).factors)).toBeLessThan(1);
    expect(factorCloseness(a, {})).toBe(0.5);
  });
});
