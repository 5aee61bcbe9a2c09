import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSeriesLadder, compareSpecs } from '../../../../shared/compare';
import { specFromText } from '../../../../shared/import';

// The acceptance table for the comparison engine, on the seeds as the parser reads them.
const read = (name: string) => specFromText(readFileSync(`seeds/${name}`, 'utf8'));
const assistantManager = read('000_b5875853682912a9.txt');
const supervisor = read('001_9c6110c3b2aa3f37.txt');
const representative = read('002_82adbe1bc5983dff.txt');
const sectionChief = read('003_fc5f7224926b921b.txt');
const portland = read('004_3aad121bddd0fb26.txt');
const houston = [representative, supervisor, sectionChief, assistantManager];

describe('seed acceptance', () => {
  it('aligns the Representative II duty 1 (researches, analyzes and resolves customer problems) with the Supervisor duty 2', () => {
    const pair = compareSpecs(representative, supervisor).duties.find((row) => row.a === 0);
    expect(pair?.b).toBe(1);
    expect(pair?.kind).not.toMatch(/only/u);
    expect(representative.duties[0]?.text).toMatch(/^Researches, analyzes, and resolves/u);
  });

  it('shows complexity, impact and supervision exercised rising from Supervisor to Section Chief', () => {
    const deltas = Object.fromEntries(
      compareSpecs(supervisor, sectionChief).factors.map((gap) => [gap.key, gap.delta]),
    );
    expect(deltas.complexity).toBeGreaterThan(0);
    expect(deltas.impact).toBeGreaterThan(0);
    expect(deltas.supervision_exercised).toBeGreaterThan(0);
  });

  it('reads experience years 2 / 4 / 5 / 8 up the Houston ladder', () => {
    expect(houston.map((spec) => spec.factors.experience_years?.level)).toEqual([2, 4, 5, 8]);
  });

  it.each([
    ['Assistant Manager', assistantManager, 'second-level supervisor'],
    ['Supervisor', supervisor, 'first-line supervisor'],
    ['Representative II', representative, 'lead'],
    ['Section Chief', sectionChief, 'second-level supervisor'],
    ['Portland Supervisor', portland, 'first-line supervisor'],
  ])('reads supervision exercised of the %s as %s', (_name, spec, label) => {
    expect(spec.factors.supervision_exercised?.label).toBe(label);
  });

  it('flags the Section Chief and Assistant Manager sharing one Supervision Exercised text', () => {
    const ladder = buildSeriesLadder([assistantManager, sectionChief, supervisor, representative]);
    const repeat = ladder.identical.find((entry) => entry.factor === 'supervision_exercised');
    expect(repeat?.classes).toEqual([1, 0]);
  });

  it("shows the Representative II's heavier physical effort without calling it an inversion", () => {
    const gap = compareSpecs(representative, supervisor).factors.find((entry) => entry.key === 'physical_effort');
    expect(gap?.delta).toBeLessThan(0);
    expect(buildSeriesLadder(houston).inversions.some((inversion) => inversion.factor === 'physical_effort')).toBe(
      false,
    );
  });

  it('gives Houston vs Portland Customer Service Supervisor a verdict with coverage both ways', () => {
    const { coverage } = compareSpecs(supervisor, portland);
    expect(coverage.aInB).toBeGreaterThan(0);
    expect(coverage.bInA).toBeGreaterThan(0);
    expect(coverage.otherBInA).not.toBeNull();
    expect(['match', 'partial', 'no-match']).toContain(coverage.verdict);
  });

  it('aligns Houston and Portland Customer Service Supervisor duties where an analyst would', () => {
    const { duties, coverage } = compareSpecs(supervisor, portland);
    const linkedTo = (houstonDuty: number) =>
      duties.filter((pair) => pair.a === houstonDuty && pair.b !== null).map((pair) => pair.b);
    // Houston 1 (supervises, trains, evaluates subordinates) is one task of Portland 2 (directs, evaluates and trains staff; …).
    expect(duties.find((pair) => pair.a === 0 && pair.b === 1)?.contained).toBe('a');
    // Houston 2 (research of customers' problems and inquiries) with Portland 7 (research billing problems, answer questions).
    expect(linkedTo(1)).toContain(6);
    // Houston 3 (plans, organizes and schedules) with a Portland planning duty.
    expect(linkedTo(2).some((b) => b === 0 || b === 1 || b === 4)).toBe(true);
    // An analyst finds about half of each side comparable; the rest of those pairings (scheduling of staff,
    // difficult customer situations, service statistics, liaison) share too few words for term overlap to see.
    expect(coverage.aInB).toBeGreaterThanOrEqual(0.25);
    expect(coverage.bInA).toBeGreaterThanOrEqual(0.2);
  });

  it.each(
    [assistantManager, supervisor, representative, sectionChief, portland].map((spec) => [spec.title, spec] as const),
  )('%s compared with itself is all same, full coverage, match', (_title, spec) => {
    const comparison = compareSpecs(spec, spec);
    expect(comparison.duties.every((pair) => pair.kind === 'same' && !pair.moved)).toBe(true);
    expect(comparison.coverage).toMatchObject({ aInB: 1, bInA: 1, verdict: 'match' });
    expect(comparison.sections.every((section) => section.a?.text === section.b?.text)).toBe(true);
  });
});
