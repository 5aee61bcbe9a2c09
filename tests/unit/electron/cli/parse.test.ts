import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParseCommand, parseCommand } from '../../../../electron/cli/commands/parse';
import type { CliIo } from '../../../../electron/cli/io';
import { renderDocx, renderTxt } from '../../../fixtures/generateSpecDocuments';
import { customerServiceSupervisor } from '../../../fixtures/extract/sampleSpecs';
import { lyingZipBomb } from '../../../fixtures/generateMalformed';

type Captured = { io: CliIo; out: string[]; err: string[] };

const capture = (cwd: string): Captured => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text) => out.push(text), err: (text) => err.push(text), cwd }, out, err };
};

describe('parse command', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reclass-cli-'));
    await writeFile(join(root, 'supervisor.txt'), renderTxt(customerServiceSupervisor));
    await writeFile(join(root, 'supervisor.docx'), await renderDocx(customerServiceSupervisor));
    await writeFile(join(root, 'empty.txt'), '');
    await writeFile(join(root, 'hang.txt'), renderTxt(customerServiceSupervisor));
    await writeFile(join(root, 'lying-bomb.docx'), lyingZipBomb());
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('refuses a DOCX whose zip headers lie about its size (2 MB inflating to 2 GB) and still reads the other files', async () => {
    const { io, out, err } = capture(root);
    expect(await parseCommand(['lying-bomb.docx', 'supervisor.txt'], io)).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(
        /^lying-bomb\.docx: .*possible zip bomb.*inflate to more than 32 MB, whatever its headers declare/,
      ),
    ]);
    expect(out.join('')).toMatch(/customer service supervisor/i);
  });

  it('prints one ClassSpec object with every field of the CLI contract for one file with --json', async () => {
    const { io, out, err } = capture(root);
    expect(await parseCommand(['supervisor.txt', '--json'], io)).toBe(0);
    expect(err).toEqual([]);
    const spec = JSON.parse(out.join('')) as Record<string, unknown>;
    for (const key of [
      'title',
      'code',
      'grade',
      'duties',
      'sections',
      'qualifications',
      'factors',
      'family',
      'warnings',
    ])
      expect(spec).toHaveProperty(key);
    expect(spec).toMatchObject({ code: '4521', grade: '18', source: { file: 'supervisor.txt', format: 'txt' } });
    // Issue 12: the normalized text is printed so annotation offsets can be checked against it.
    expect(typeof spec.text).toBe('string');
    const duty = (spec.duties as { text: string; span: { start: number; end: number } }[])[0];
    expect((spec.text as string).slice(duty?.span.start, duty?.span.end)).toContain(duty?.text.slice(0, 20));
    expect((spec.duties as { text: string; category: string; span: object }[])[0]).toEqual({
      text: expect.any(String) as unknown,
      category: 'essential',
      span: expect.any(Object) as unknown,
    });
  });

  it('prints an array for several files, reports the failing one on stderr and exits 1', async () => {
    const { io, out, err } = capture(root);
    expect(await parseCommand(['supervisor.txt', 'empty.txt', 'supervisor.docx', '--json'], io)).toBe(1);
    const specs = JSON.parse(out.join('')) as { title: string; source: { format: string } }[];
    expect(specs.map((spec) => spec.source.format)).toEqual(['txt', 'docx']);
    expect(specs[0]?.title).toBe(specs[1]?.title);
    expect(err).toEqual([expect.stringMatching(/^empty\.txt: the file is empty/)]);
  });

  it('prints a readable summary without --json', async () => {
    const { io, out } = capture(root);
    expect(await parseCommand(['supervisor.txt'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Title: .*Customer Service Supervisor.*Code: 4521.*Grade: 18/i);
    expect(text).toContain(`1. ${customerServiceSupervisor.essentialDuties[0]}`);
  });

  it.each([[[]], [['--json']], [['supervisor.txt', '--colour']], [['supervisor.txt', '--timeout', 'soon']]])(
    'exits 2 with usage for %j',
    async (args) => {
      const { io, err } = capture(root);
      expect(await parseCommand(args, io)).toBe(2);
      expect(err.join('')).toMatch(/Usage: npm run cli -- parse/);
    },
  );

  it('stops a file that hangs the reader at the --timeout and still prints the others', async () => {
    const hostile = createParseCommand({
      url: new URL('../main/import/hostileWorker.ts', import.meta.url),
      typescript: true,
    });
    const { io, out, err } = capture(root);
    expect(await hostile(['hang.txt', 'supervisor.txt', '--json', '--timeout', '1'], io)).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^hang\.txt: reading the file took longer than 1 s/)]);
    expect((JSON.parse(out.join('')) as unknown[]).length).toBe(1);
  });

  it('runs end to end through the CLI entry point', async () => {
    const repository = join(import.meta.dirname, '../../../..');
    const run = promisify(execFile);
    const args = [
      'tsx',
      'electron/cli/main.ts',
      'parse',
      join(root, 'supervisor.txt'),
      join(root, 'empty.txt'),
      '--json',
    ];
    const failure = await run('npx', args, { cwd: repository }).catch(
      (error: unknown) => error as { code: number; stdout: string; stderr: string },
    );
    expect(failure).toMatchObject({ code: 1 });
    if (!('code' in failure)) return;
    expect(JSON.parse(failure.stdout)).toEqual([expect.objectContaining({ code: '4521' })]);
    expect(failure.stderr).toMatch(/empty\.txt: the file is empty/);
  });
});
