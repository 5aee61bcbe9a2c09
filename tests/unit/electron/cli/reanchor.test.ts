import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../electron/cli/commands/parse';
import { reanchorCommand } from '../../../../electron/cli/commands/reanchor';
import { capture } from '../../../fixtures/compare/cliCapture';

type Row = { id: string; status: string; start: number | null; end: number | null; quote: string };

describe('reanchor command', () => {
  let root: string;
  let oldText: string;
  let newText: string;

  async function parsedText(file: string): Promise<string> {
    const { io, out } = capture(root);
    expect(await parseCommand([file, '--json'], io)).toBe(0);
    return (JSON.parse(out.join('')) as { text: string }).text;
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reclass-reanchor-'));
    const seed = await readFile('seeds/001_9c6110c3b2aa3f37.txt', 'utf8');
    await writeFile(join(root, 'old.txt'), seed);
    oldText = await parsedText('old.txt');
    const sentences = oldText.split('\n').filter((line) => line.startsWith('- ') && line.length > 60);
    const reworded = sentences[1] ?? '';
    const deleted = sentences[3] ?? '';
    const revised = seed
      .replace(reworded.slice(2, 40), `${reworded.slice(2, 30)}revised ${reworded.slice(30, 40)}`)
      .replace(`${deleted}\n`, '');
    await writeFile(join(root, 'new.txt'), `Revised 2026\n\n${revised}`);
    newText = await parsedText('new.txt');
    const span = (line: string) => ({ start: oldText.indexOf(line) + 2, end: oldText.indexOf(line) + line.length });
    const anns = [
      { id: 'kept', ...span(sentences[0] ?? '') },
      { id: 'reworded', ...span(reworded) },
      { id: 'deleted', ...span(deleted) },
    ];
    await writeFile(join(root, 'anns.json'), JSON.stringify(anns));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('moves kept and reworded sentences to their place in the new text and orphans the deleted one', async () => {
    const { io, out, err } = capture(root);
    expect(await reanchorCommand(['old.txt', 'new.txt', '--annotations', 'anns.json', '--json'], io)).toBe(0);
    expect(err).toEqual([]);
    const rows = (JSON.parse(out.join('')) as { annotations: Row[] }).annotations;
    expect(rows.map((row) => [row.id, row.status])).toEqual([
      ['kept', 'anchored'],
      ['reworded', 'anchored'],
      ['deleted', 'orphaned'],
    ]);
    for (const row of rows.filter((candidate) => candidate.status === 'anchored')) {
      expect(newText.slice(row.start ?? 0, row.end ?? 0)).toBe(row.quote);
    }
    expect(rows[1]?.quote).toContain('revised');
    expect(rows[2]).toMatchObject({ start: null, end: null });
    expect(newText).not.toContain(rows[2]?.quote);
  });

  it('refuses offsets outside the old text and malformed annotation files with usage exit 2', async () => {
    await writeFile(join(root, 'bad.json'), JSON.stringify([{ id: 'x', start: 5, end: oldText.length + 10 }]));
    await writeFile(join(root, 'notlist.json'), JSON.stringify({ id: 'x' }));
    for (const file of ['bad.json', 'notlist.json']) {
      const { io, err } = capture(root);
      expect(await reanchorCommand(['old.txt', 'new.txt', '--annotations', file], io)).toBe(2);
      expect(err.join('')).toMatch(/reanchor: /u);
    }
    const { io, err } = capture(root);
    expect(await reanchorCommand(['old.txt', '--annotations', 'anns.json'], io)).toBe(2);
    expect(err.join('')).toMatch(/Usage: npm run cli -- reanchor/u);
  });

  it('runs end to end through the CLI entry point', async () => {
    const repository = join(import.meta.dirname, '../../../..');
    const args = [
      'tsx',
      'electron/cli/main.ts',
      'reanchor',
      join(root, 'old.txt'),
      join(root, 'old.txt'),
      '--annotations',
      join(root, 'anns.json'),
      '--json',
    ];
    const { stdout } = await promisify(execFile)('npx', args, { cwd: repository });
    const anns = JSON.parse(await readFile(join(root, 'anns.json'), 'utf8')) as { start: number; end: number }[];
    const rows = (JSON.parse(stdout) as { annotations: Row[] }).annotations;
    expect(rows.map((row) => [row.start, row.end])).toEqual(anns.map((ann) => [ann.start, ann.end]));
  });
});
