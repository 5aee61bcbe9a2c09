import { describe, expect, it } from 'vitest';
import { bestfitCommand } from '../../../../electron/cli/commands/bestfit';
import { capture } from '../../../fixtures/compare/cliCapture';

type BestFitJson = {
  query: { title: string };
  ranked: { title: string; file: string; coverage: number; score: number }[];
};

describe('bestfit command', () => {
  it('ranks the library against a spec, leaving the spec itself out', async () => {
    const { io, out, err } = capture();
    expect(await bestfitCommand(['seeds/003_fc5f7224926b921b.txt', '--library', 'seeds', '--json'], io)).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(out.join('')) as BestFitJson;
    expect(result.query.title).toMatch(/SECTION CHIEF/u);
    expect(result.ranked).toHaveLength(4);
    expect(result.ranked.some((entry) => entry.file.endsWith('003_fc5f7224926b921b.txt'))).toBe(false);
    expect(
      result.ranked.every((entry, index) => index === 0 || entry.score <= (result.ranked[index - 1]?.score ?? 1)),
    ).toBe(true);
    expect(result.ranked.every((entry) => entry.coverage >= 0 && entry.coverage <= 1)).toBe(true);
  });

  it.each([
    [['seeds/003_fc5f7224926b921b.txt'], /--library <folder> is required/u],
    [['--library', 'seeds'], /exactly one file/u],
    [['seeds/003_fc5f7224926b921b.txt', '--library', 'seeds', '--limit', '0'], /--limit/u],
  ])('refuses %j', async (args, problem) => {
    const { io, err } = capture();
    expect(await bestfitCommand(args, io)).toBe(2);
    expect(err.join('')).toMatch(problem);
  });

  it('reports a missing query file', async () => {
    const { io, err } = capture();
    expect(await bestfitCommand(['seeds/absent.txt', '--library', 'seeds'], io)).toBe(1);
    expect(err.join('')).toMatch(/^seeds\/absent\.txt: /u);
  });
});
