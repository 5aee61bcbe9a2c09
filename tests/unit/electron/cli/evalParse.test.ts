import { describe, expect, it } from 'vitest';
import { evalParseCommand } from '../../../../electron/cli/commands/evalParse';
import { capture } from '../../../fixtures/compare/cliCapture';

const GOLD = 'tests/fixtures/corpus/gold.jsonl';
const DOCS = 'tests/fixtures/corpus';

describe('eval-parse command', () => {
  it('scores every gold document and prints one line per field and the overall figure last', async () => {
    const { io, out, err } = capture();
    const code = await evalParseCommand([GOLD, DOCS, '0.5'], io);
    expect(err).toEqual([]);
    const lines = out.join('\n').split('\n');
    const fieldLines = lines.filter((line) =>
      /^(title|code|grade|duty_count|first_duty|last_duty|sections|experience_years) +\d+\.\d%$/.test(line),
    );
    expect(fieldLines).toHaveLength(8);
    const overall = /^field accuracy (\d+\.\d)% over 9 documents \(need 50%\)$/.exec(lines.at(-1) ?? '');
    expect(overall).not.toBeNull();
    expect(code).toBe(Number(overall?.[1]) >= 50 ? 0 : 1);
  });

  it('explains each wrong field with --details, expected against parsed', async () => {
    const { io, out } = capture();
    await evalParseCommand([GOLD, DOCS, '--details'], io);
    const text = out.join('\n');
    const wrongFields = [...text.matchAll(/^\S+: wrong (\S+)$/gm)].flatMap((match) => (match[1] ?? '').split(','));
    const explained = [...text.matchAll(/^ {4}(\w+): expected /gm)].map((match) => match[1]);
    expect(explained).toEqual(wrongFields);
  });

  it.each([
    [[], /a gold JSONL file and a documents folder are needed/u],
    [[GOLD, DOCS, '2'], /between 0 and 1/u],
    [[GOLD, DOCS, '--fast'], /unknown option --fast/u],
    [['tests/fixtures/corpus/absent.jsonl', DOCS], /does not exist/u],
  ])('refuses %j', async (args, problem) => {
    const { io, err } = capture();
    expect(await evalParseCommand(args, io)).toBe(2);
    expect(err.join('')).toMatch(problem);
  });
});
