import { describe, expect, it } from 'vitest';
import { compareCommand, readCompareArguments } from '../../../../electron/cli/commands/compare';
import { capture } from '../../../fixtures/compare/cliCapture';

const REPRESENTATIVE = 'seeds/002_82adbe1bc5983dff.txt';
const SUPERVISOR = 'seeds/001_9c6110c3b2aa3f37.txt';
const SECTION_CHIEF = 'seeds/003_fc5f7224926b921b.txt';
const PORTLAND = 'seeds/004_3aad121bddd0fb26.txt';

type DutyRow = {
  a: number | null;
  b: number | null;
  kind: string;
  score: number;
  moved: boolean;
  aText: string | null;
  bText: string | null;
};
type FactorRow = {
  key: string;
  a: number | null;
  b: number | null;
  delta: number | null;
  aLabel: string | null;
  bEvidence: string | null;
};
type CompareJson = {
  a: { title: string };
  b: { title: string };
  duties: DutyRow[];
  cover: { side: string; duty: number; by: number; credit: number; activity: string | null; why: string }[];
  coverage: { aInB: number; bInA: number; verdict: string; threshold: number };
  factors: FactorRow[];
  sections: { kind: string; status: string }[];
};

async function compareJson(...args: string[]): Promise<CompareJson> {
  const { io, out, err } = capture();
  expect(await compareCommand([...args, '--json'], io)).toBe(0);
  expect(err).toEqual([]);
  return JSON.parse(out.join('')) as CompareJson;
}

describe('compare command on the seeds', () => {
  it("aligns the Representative II's first duty with the Supervisor's second (1-based)", async () => {
    const result = await compareJson(REPRESENTATIVE, SUPERVISOR);
    expect(result.a.title).toMatch(/REPRESENTATIVE II/u);
    const pair = result.duties.find((row) => row.a === 1);
    expect(pair).toMatchObject({ b: 2, kind: expect.stringMatching(/same|reworded|partial/u) as unknown });
    expect(pair?.aText).toMatch(/^Researches, analyzes, and resolves/u);
    expect(pair?.score).toBeGreaterThan(0);
  });

  it('shows complexity, impact and supervision exercised rising from Supervisor to Section Chief, with evidence', async () => {
    const result = await compareJson(SUPERVISOR, SECTION_CHIEF);
    const deltas = Object.fromEntries(result.factors.map((gap) => [gap.key, gap.delta]));
    expect(deltas.complexity).toBeGreaterThan(0);
    expect(deltas.impact).toBeGreaterThan(0);
    expect(deltas.supervision_exercised).toBeGreaterThan(0);
    expect(result.factors.find((gap) => gap.key === 'complexity')?.bEvidence).toMatch(/variety of procedures/u);
    expect(result.factors.filter((gap) => gap.key === 'experience_years').map((gap) => [gap.a, gap.b])).toEqual([
      [4, 5],
    ]);
  });

  it('gives Houston vs Portland Customer Service Supervisor a verdict with coverage both ways', async () => {
    const result = await compareJson(SUPERVISOR, PORTLAND, '--threshold', '0.8');
    expect(['match', 'partial', 'no-match']).toContain(result.coverage.verdict);
    expect(result.coverage.threshold).toBe(0.8);
    expect(result.coverage.aInB).toBeGreaterThan(0);
    expect(result.coverage.bInA).toBeGreaterThan(0);
    expect(result.duties.filter((row) => row.kind === 'only-b').length).toBeGreaterThan(0);
  });

  it('lists the duties each class does beyond the pairs shown, 1-based, each with its reason', async () => {
    const result = await compareJson(SUPERVISOR, PORTLAND);
    expect(result.cover.length).toBeGreaterThan(0);
    for (const entry of result.cover) {
      expect(entry.duty).toBeGreaterThanOrEqual(1);
      expect(entry.by).toBeGreaterThanOrEqual(1);
      const [own, other] = entry.side === 'a' ? ['A', 'B'] : ['B', 'A'];
      expect(entry.why.startsWith(`${own}${entry.duty} done`)).toBe(true);
      expect(entry.why).toContain(`by ${other}${entry.by}`);
    }
  });

  it('prints a readable comparison without --json', async () => {
    const { io, out } = capture();
    expect(await compareCommand([SUPERVISOR, SECTION_CHIEF], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^A: CUSTOMER SERVICE SUPERVISOR \(grade 18\)/u);
    expect(text).toMatch(/Coverage: A in B \d+%, B in A \d+% → (match|partial|no-match)/u);
    expect(text).toMatch(
      /complexity\s+Level 1 of 5 — standard procedures → Level 2 of 5 — variety of procedures\s+\+1/u,
    );
  });

  it('reports an unreadable file on stderr as "<file>: <reason>" and exits non-zero', async () => {
    const { io, out, err } = capture();
    expect(await compareCommand([SUPERVISOR, 'seeds/missing.txt'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/^seeds\/missing\.txt: /mu);
  });
});

describe('readCompareArguments', () => {
  it.each([
    [['a.txt'], /exactly two files/u],
    [['a.txt', 'b.txt', 'c.txt'], /exactly two files/u],
    [['a.txt', 'b.txt', '--threshold', '1.5'], /--threshold/u],
    [['a.txt', 'b.txt', '--threshold'], /--threshold/u],
    [['a.txt', 'b.txt', '--colour'], /unknown option --colour/u],
  ])('refuses %j', (args, problem) => {
    expect(readCompareArguments(args)).toMatch(problem);
  });

  it('reads files, --json and --threshold in any order', () => {
    expect(readCompareArguments(['--threshold', '0.8', 'a.txt', '--json', 'b.txt'])).toEqual({
      files: ['a.txt', 'b.txt'],
      json: true,
      threshold: 0.8,
    });
  });
});
