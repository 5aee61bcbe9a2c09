import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareSpecs,
  loadActivityModel,
  prepareBestFitIndex,
  rankBestFit,
  type ActivityModel,
} from '../../../../shared/compare';
import { specFromText } from '../../../../shared/import';
import type { ClassSpec } from '../../../../shared/model';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import { waterMeterMechanic, youthSecureCareUnitSupervisor } from '../../../fixtures/compare/unrelatedSupervisors';
import { analyzeStatement } from '../../../../shared/text';
import type { ActivityData } from '../../../../shared/compare/activities/activityData';

// The comparison engine with the work-activity model loaded, as the app and the CLI run it.
const read = (name: string) => specFromText(readFileSync(`seeds/${name}`, 'utf8'));
const seeds = [
  '000_b5875853682912a9.txt',
  '001_9c6110c3b2aa3f37.txt',
  '002_82adbe1bc5983dff.txt',
  '003_fc5f7224926b921b.txt',
  '004_3aad121bddd0fb26.txt',
].map(read);
const houstonSupervisor = seeds[1]!;
const portlandSupervisor = seeds[4]!;
let activities: ActivityModel;

beforeAll(async () => {
  activities = await loadActivityModel();
}, 60_000);

const compare = (a: ClassSpec, b: ClassSpec) => compareSpecs(a, b, { activities });

describe('duty matching with work activities', () => {
  it('finds Houston and Portland Customer Service Supervisor comparable, each pair with its reason', () => {
    const { coverage, duties } = compare(houstonSupervisor, portlandSupervisor);
    expect(coverage.verdict).not.toBe('no-match');
    expect(Math.max(coverage.aInB, coverage.bInA)).toBeGreaterThanOrEqual(0.5);
    const paired = duties.filter((pair) => pair.a !== null && pair.b !== null);
    expect(paired.length).toBeGreaterThan(3);
    expect(paired.every((pair) => pair.why && pair.why.text.length > 0 && pair.why.score === pair.score)).toBe(true);
  });

  it('pairs Houston\'s "plans, organizes and schedules resources" with Portland\'s scheduling of staff, naming the shared work', () => {
    const { duties } = compare(houstonSupervisor, portlandSupervisor);
    const scheduling = duties.find((pair) => pair.a === 2);
    expect(portlandSupervisor.duties[scheduling?.b ?? -1]?.text).toMatch(/scheduling of staff/u);
    expect(scheduling?.why?.activity).toMatch(/schedul/iu);
    expect(scheduling?.why?.text).toMatch(/^both: /u);
  });

  it('names a work activity only where both duties plainly are it, never one a stray shared word points to', () => {
    // Wording from a UK developer job description in two versions: the same duties, whose words
    // ("serve", "external") lead the work model to unrelated activities at a low cosine; and two
    // catch-all lines whose one known word leads it to "Evaluate employee performance".
    const developer = (duties: readonly string[]) => buildSpec({ title: 'Developer', duties });
    const { duties } = compare(
      developer([
        "Designing and building web and mobile products to serve a variety of citizens' needs.",
        'Designing and implementing APIs for internal and external use.',
        'Conducts performance evaluations of subordinate staff.',
        'Perform related duties as required.',
      ]),
      developer([
        "Building web and mobile products to serve a variety of citizens' needs.",
        'Implementing APIs for internal and external use.',
        'Evaluates the performance of subordinate employees.',
        'Perform other duties as assigned.',
      ]),
    );
    const reasons = duties.map((pair) => [pair.a, pair.b, pair.why?.activity ?? null]);
    expect(reasons).toEqual([
      [0, 0, null],
      [1, 1, null],
      [2, 2, expect.stringMatching(/evaluat.*performance/iu)],
      // One known word ("perform") makes no activity plain, however close its profile.
      [3, 3, null],
    ]);
    expect(duties.map((pair) => pair.why?.text)).toEqual([
      expect.stringMatching(/^shared terms: .*serve/u),
      expect.stringMatching(/^shared terms: .*apis/u),
      expect.stringMatching(/^both: /u),
      expect.stringMatching(/^shared terms: perform/u),
    ]);
  });

  it.each([
    ['a youth secure-care unit supervisor', youthSecureCareUnitSupervisor],
    ['a water meter mechanic', waterMeterMechanic],
  ])('keeps a customer service supervisor far from %s', (_name, outline) => {
    const other = buildSpec(outline);
    for (const supervisor of [houstonSupervisor, portlandSupervisor]) {
      const { coverage } = compare(supervisor, other);
      const near = compare(houstonSupervisor, portlandSupervisor).coverage;
      expect(coverage.verdict).toBe('no-match');
      expect(Math.max(coverage.aInB, coverage.bInA)).toBeLessThan(Math.max(near.aInB, near.bInA) / 2);
    }
  });

  it.each(seeds.map((spec) => [spec.title, spec] as const))(
    '%s compared with itself is all same, full coverage, match',
    (_title, spec) => {
      const comparison = compare(spec, spec);
      expect(comparison.duties.every((pair) => pair.kind === 'same' && !pair.moved)).toBe(true);
      expect(comparison.coverage).toMatchObject({ aInB: 1, bInA: 1, verdict: 'match' });
    },
  );

  it('is the mirror image when A and B are swapped, and does not depend on duty order', () => {
    for (const a of seeds) {
      for (const b of seeds) {
        if (a === b) continue;
        const forward = compare(a, b);
        const backward = compare(b, a);
        expect(backward.coverage.aInB).toBeCloseTo(forward.coverage.bInA, 12);
        const pairs = (comparison: typeof forward, swap: boolean) =>
          comparison.duties
            .filter((pair) => pair.a !== null && pair.b !== null)
            .map((pair) => (swap ? `${pair.b}-${pair.a}-${pair.kind}` : `${pair.a}-${pair.b}-${pair.kind}`))
            .sort();
        expect(pairs(backward, true)).toEqual(pairs(forward, false));
      }
    }
    const reversed = { ...portlandSupervisor, duties: [...portlandSupervisor.duties].reverse() };
    const original = compare(houstonSupervisor, portlandSupervisor);
    const reordered = compare(houstonSupervisor, reversed);
    expect(reordered.coverage.aInB).toBeCloseTo(original.coverage.aInB, 12);
    const last = portlandSupervisor.duties.length - 1;
    const partners = (comparison: typeof original, flip: boolean) =>
      comparison.duties
        .filter((pair) => pair.a !== null && pair.b !== null)
        .map((pair) => `${pair.a}-${flip ? last - (pair.b ?? 0) : pair.b}`)
        .sort();
    expect(partners(reordered, true)).toEqual(partners(original, false));
  });

  it('gives best fit the coverage compare shows, for every seed pair', () => {
    for (const query of seeds) {
      const index = prepareBestFitIndex(
        seeds.map((spec, position) => ({ id: String(position), spec })),
        { activities },
      );
      for (const entry of rankBestFit(query, index, { limit: seeds.length })) {
        expect(entry.coverage).toBe(compare(query, seeds[Number(entry.id)]!).coverage.aInB);
      }
    }
  });

  it('pairs one-task O*NET statements more often rightly than words alone, and never as a second choice', () => {
    const data = JSON.parse(readFileSync('shared/compare/activities/onetActivities.json', 'utf8')) as ActivityData;
    const tasksOf = (title: string) => data.occupations.find(([, name]) => name === title)?.[2] ?? [];
    const specOf = (title: string) => buildSpec({ title, duties: tasksOf(title).map(([text]) => text) });
    const [securityTasks, complianceTasks] = [tasksOf('Security Managers'), tasksOf('Compliance Managers')];
    const security = specOf('Security Managers');
    const compliance = specOf('Compliance Managers');
    expect(security.duties.length).toBeGreaterThan(10);
    expect(security.duties.every((duty) => analyzeStatement(duty.text).clauses.length === 0)).toBe(true);
    const pairedOf = (comparison: ReturnType<typeof compare>) =>
      comparison.duties.filter((pair) => pair.a !== null && pair.b !== null);
    // Right: O*NET's analysts linked both statements to one same work activity.
    const rightOf = (comparison: ReturnType<typeof compare>) =>
      pairedOf(comparison).filter((pair) =>
        securityTasks[pair.a ?? -1]?.[1].some((activity) => complianceTasks[pair.b ?? -1]?.[1].includes(activity)),
      ).length;
    const wordsOnly = compareSpecs(security, compliance);
    const withWork = compare(security, compliance);
    expect(rightOf(withWork)).toBeGreaterThanOrEqual(rightOf(wordsOnly));
    expect(rightOf(withWork) / pairedOf(withWork).length).toBeGreaterThan(
      rightOf(wordsOnly) / pairedOf(wordsOnly).length,
    );
    // Two one-task statements whose best partners are taken are not shown as a split/merge group either.
    expect(withWork.duties.filter((pair) => pair.group)).toEqual([]);
    expect(pairedOf(withWork).length).toBeGreaterThan(3);
  });

  it('weights coverage by percent of time where every duty states it', () => {
    const position = buildSpec({
      title: 'Position description',
      duties: [
        { text: 'Plans, organizes and schedules resources to meet production requirements.', percentTime: 80 },
        { text: 'Calibrates laboratory spectrometers.', percentTime: 20 },
      ],
    });
    const { coverage } = compare(position, houstonSupervisor);
    expect(coverage.aInB).toBeCloseTo(0.8, 6);
  });
});
