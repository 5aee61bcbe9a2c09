import { describe, expect, it } from 'vitest';
import { buildIdf, buildLibraryIdf, prepareBestFitIndex, withGenericDamping } from '../../../../shared/compare';
import { idfWeight } from '../../../../shared/compare/idf';
import { termsOf } from '../../../../shared/text';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import { cityPayrollSpecialist, countyPayrollTechnician } from '../../../fixtures/compare/otherEmployers';

const term = (word: string) => termsOf(word)[0] ?? '';

describe('IDF with generic damping', () => {
  // Two specs' duties in which a generic word and a specialty word are each used once.
  const counted = buildIdf([
    termsOf('Performs payroll audits.'),
    termsOf('Orders supplies.'),
    termsOf('Drives a truck.'),
  ]);

  it('weighs a generic word below a specialty word seen as often', () => {
    expect(idfWeight(counted, term('performs'))).toBeCloseTo(idfWeight(counted, term('payroll')), 12);
    const damped = withGenericDamping(counted);
    expect(idfWeight(damped, term('performs'))).toBeLessThan(idfWeight(damped, term('payroll')));
  });

  it('leaves specialty words as counted', () => {
    expect(idfWeight(withGenericDamping(counted), term('payroll'))).toBe(idfWeight(counted, term('payroll')));
  });
});

describe('buildLibraryIdf', () => {
  const specs = [buildSpec(countyPayrollTechnician), buildSpec(cityPayrollSpecialist)];

  it('counts every duty of every spec once', () => {
    const table = buildLibraryIdf(specs);
    expect(table.documentCount).toBe(specs.reduce((sum, spec) => sum + spec.duties.length, 0));
    const withPayroll = specs.flatMap((spec) => spec.duties).filter((duty) => /payroll/iu.test(duty.text)).length;
    expect(table.documentFrequency.get(term('payroll'))).toBe(withPayroll);
  });

  it('gives the same counts a best-fit index keeps', () => {
    const index = prepareBestFitIndex(specs.map((spec, position) => ({ id: String(position), spec })));
    const table = buildLibraryIdf(specs);
    expect(table.documentCount).toBe(index.idf.documentCount);
    expect([...table.documentFrequency].sort()).toEqual([...index.idf.documentFrequency].sort());
  });
});
