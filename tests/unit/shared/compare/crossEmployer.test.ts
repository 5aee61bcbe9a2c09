import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../../../shared/compare';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import * as specs from '../../../fixtures/compare/crossEmployerSpecs';

// Spec-level verdicts between employers that word duties in opposite styles (short statements vs semicolon runs).
describe('cross-employer comparisons', () => {
  const accountsPayable = compareSpecs(
    buildSpec(specs.stateAccountsPayableSupervisor),
    buildSpec(specs.cityAccountsPayableSupervisor),
  );

  it('calls the same accounts payable supervisor class a match although one employer bundles several tasks per duty', () => {
    expect(accountsPayable.coverage.verdict).toBe('match');
    expect(accountsPayable.coverage.bInA).toBeGreaterThanOrEqual(0.7);
  });

  it('pairs each short duty with the long duty that names the same task', () => {
    const paired = accountsPayable.duties
      .filter((pair) => pair.a !== null && pair.b !== null)
      .map((pair) => [pair.a, pair.b]);
    expect(paired).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5].map((index) => [index, index])));
    expect(accountsPayable.duties.filter((pair) => pair.kind === 'only-a' || pair.kind === 'only-b')).toEqual([]);
  });

  it('marks the short duties that restate one task of a long duty as contained', () => {
    const contained = accountsPayable.duties.filter((pair) => pair.contained === 'a').map((pair) => pair.a);
    expect(contained.length).toBeGreaterThanOrEqual(2);
    expect(accountsPayable.duties.some((pair) => pair.contained === 'b')).toBe(false);
  });

  it('finds no match between classes that only share public-counter vocabulary', () => {
    const comparison = compareSpecs(
      buildSpec(specs.countyPoliceRecordsSpecialist),
      buildSpec(specs.cityUtilityBillingRepresentative),
    );
    expect(comparison.coverage.verdict).toBe('no-match');
    expect(Math.max(comparison.coverage.aInB, comparison.coverage.bInA)).toBeLessThan(0.25);
  });

  it('finds no match between unrelated occupations of the two styles', () => {
    const comparison = compareSpecs(
      buildSpec(specs.stateAccountsPayableSupervisor),
      buildSpec(specs.cityUtilityBillingRepresentative),
    );
    expect(comparison.coverage.verdict).toBe('no-match');
  });
});
