import { describe, expect, it } from 'vitest';
import { seriesCommand } from '../../../../electron/cli/commands/series';
import { capture } from '../../../fixtures/compare/cliCapture';

const HOUSTON = [
  'seeds/000_b5875853682912a9.txt',
  'seeds/001_9c6110c3b2aa3f37.txt',
  'seeds/002_82adbe1bc5983dff.txt',
  'seeds/003_fc5f7224926b921b.txt',
];

type SeriesJson = {
  classes: {
    title: string;
    grade: string;
    factors: Record<string, { level: number; label: string; basis: string; evidence: string }>;
  }[];
  inversions: { factor: string; lower: string; higher: string }[];
  identical: { factor: string; classes: string[] }[];
};

describe('series command on the Houston seeds', () => {
  it('orders the classes by grade, flags identical supervision text, and never calls working conditions inversions', async () => {
    const { io, out, err } = capture();
    expect(await seriesCommand([...HOUSTON, '--json'], io)).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(out.join('')) as SeriesJson;
    expect(result.classes.map((entry) => entry.grade)).toEqual(['15', '18', '22', '26']);
    expect(result.classes.map((entry) => entry.factors.experience_years?.level)).toEqual([2, 4, 5, 8]);
    expect(result.identical).toContainEqual(
      expect.objectContaining({
        factor: 'supervision_exercised',
        classes: ['CUSTOMER SERVICE SECTION CHIEF', 'ASSISTANT CUSTOMER SERVICE MANAGER'],
      }),
    );
    const effort = result.classes.map((entry) => entry.factors.physical_effort?.level ?? -1);
    expect(effort[0]).toBeGreaterThan(effort[1] ?? 0);
    expect(
      result.inversions.filter((inversion) =>
        ['physical_effort', 'work_environment', 'physical_skill'].includes(inversion.factor),
      ),
    ).toEqual([]);
    for (const inversion of result.inversions) expect(typeof inversion.lower).toBe('string');
  });

  it('prints a readable ladder and names a failed file', async () => {
    const { io, out, err } = capture();
    expect(await seriesCommand([HOUSTON[1] ?? '', HOUSTON[3] ?? '', 'seeds/nope.txt'], io)).toBe(1);
    expect(out.join('\n')).toMatch(/^Ladder \(lowest grade first\):\n18 {2}CUSTOMER SERVICE SUPERVISOR/u);
    expect(err.join('\n')).toMatch(/^seeds\/nope\.txt: /u);
  });

  it('with --calibrate, reads the shared Supervision Exercised sentence from the grades that use it', async () => {
    const { io, out } = capture();
    expect(await seriesCommand([...HOUSTON, '--json', '--calibrate'], io)).toBe(0);
    const result = JSON.parse(out.join('')) as SeriesJson;
    expect(result.classes.map((entry) => entry.factors.supervision_exercised?.basis)).toEqual([
      'cue',
      'cue',
      'calibrated',
      'calibrated',
    ]);
    expect(result.classes.map((entry) => entry.factors.supervision_exercised?.level)).toEqual([0, 1, 2, 2]);
  });

  it('refuses to run without files', async () => {
    const { io, err } = capture();
    expect(await seriesCommand(['--json'], io)).toBe(2);
    expect(err.join('')).toMatch(/no file given/u);
  });
});
