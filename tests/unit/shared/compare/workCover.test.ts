import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareSpecs,
  coverText,
  loadActivityModel,
  matchDuties,
  measureCoverage,
  type ActivityModel,
} from '../../../../shared/compare';
import { specFromText } from '../../../../shared/import';
import { applyOverrides } from '../../../../shared/report';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import { waterMeterMechanic } from '../../../fixtures/compare/unrelatedSupervisors';

// A class spec's separate duties against a job bulletin that runs the same tasks into one paragraph.
const classSpec = buildSpec({
  title: 'Customer Service Supervisor',
  duties: [
    'Supervises customer service representatives and evaluates their performance.',
    'Schedules staff work shifts to meet call volume and counter demand.',
    'Trains new customer service staff in billing procedures and customer service methods.',
    'Resolves escalated customer complaints about billing and service.',
  ],
});
const bulletin = buildSpec({
  title: 'Customer Service Supervisor (bulletin)',
  duties: [
    'Supervises a team of customer service representatives and evaluates employee performance; prepares work schedules for staff shifts to meet call volumes; trains new staff on billing procedures and customer service methods; resolves escalated customer complaints.',
    'Maintains the division inventory of office supplies.',
  ],
});

let activities: ActivityModel;

beforeAll(async () => {
  activities = await loadActivityModel();
}, 60_000);

const read = (name: string) => specFromText(readFileSync(`seeds/${name}`, 'utf8'));
const houston = read('001_9c6110c3b2aa3f37.txt');
const portland = read('004_3aad121bddd0fb26.txt');

describe('many-to-one coverage (work cover)', () => {
  it('counts every task of a run-on bulletin duty as covering a class-spec duty', () => {
    const { coverage } = compareSpecs(classSpec, bulletin, { activities });
    expect(coverage.aInB).toBeGreaterThanOrEqual(0.75);
    expect(coverage.bInA).toBeLessThan(1);
  });

  it('raises coverage only through duties the pairs leave short, each with the other duty and the shared work named', () => {
    const { pairs, cover } = matchDuties(houston.duties, portland.duties, { activities });
    expect(cover.length).toBeGreaterThan(0);
    const pairsOnly = measureCoverage(houston.duties, portland.duties, pairs);
    const withCover = measureCoverage(houston.duties, portland.duties, pairs, undefined, cover);
    expect(withCover.aInB + withCover.bInA).toBeGreaterThan(pairsOnly.aInB + pairsOnly.bInA);
    for (const entry of cover) {
      const own = entry.side === 'a' ? houston.duties : portland.duties;
      const other = entry.side === 'a' ? portland.duties : houston.duties;
      expect(entry.duty).toBeLessThan(own.length);
      expect(entry.by).toBeLessThan(other.length);
      expect([0.5, 1]).toContain(entry.credit);
      expect(entry.activity !== null || entry.terms.length > 0).toBe(true);
      expect(coverText(entry)).toMatch(/^[AB]\d+ done( in part)? by [AB]\d+: (both|shared terms:) .+ \(\d+%\)$/);
    }
    expect(compareSpecs(houston, portland, { activities }).coverage).toEqual(withCover);
  });

  it('counts nothing between unrelated classes', () => {
    const meter = buildSpec(waterMeterMechanic);
    expect(matchDuties(classSpec.duties, meter.duties, { activities }).cover).toEqual([]);
    expect(matchDuties(houston.duties, meter.duties, { activities }).cover).toEqual([]);
  });

  it('is the mirror image when the classes are swapped', () => {
    const forward = matchDuties(houston.duties, portland.duties, { activities }).cover;
    const backward = matchDuties(portland.duties, houston.duties, { activities }).cover;
    const flip = (side: 'a' | 'b') => (side === 'a' ? 'b' : 'a');
    expect(backward.map((entry) => ({ ...entry, side: flip(entry.side) })).sort(byDuty)).toEqual(
      [...forward].sort(byDuty),
    );
  });

  it('needs the work-activity model: words alone show only the pairs', () => {
    expect(matchDuties(houston.duties, portland.duties).cover).toEqual([]);
  });

  it('stops counting a cover when the analyst unlinks the two duties it relies on', () => {
    const comparison = compareSpecs(houston, portland, { activities });
    const entry = comparison.cover.find((candidate) => candidate.side === 'a');
    expect(entry).toBeDefined();
    if (!entry) return;
    const adjusted = applyOverrides(comparison, [{ kind: 'unlink', a: entry.duty, b: entry.by }], {
      dutiesA: houston.duties,
      dutiesB: portland.duties,
      describeLink: () => ({ score: 0 }),
    });
    expect(adjusted.cover).not.toContainEqual(entry);
    expect(adjusted.coverage.aInB).toBeLessThan(comparison.coverage.aInB);
  });
});

const byDuty = (x: { side: string; duty: number }, y: { side: string; duty: number }) =>
  x.side.localeCompare(y.side) || x.duty - y.duty;
