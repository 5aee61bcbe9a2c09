import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../../shared/compare';
import type { ClassSpec } from '../../../../shared/model';
import { buildPrintoutHtml, takePrintoutOptions, writePrintouts } from '../../../../electron/cli/printout';
import { makeComparison } from '../../shared/report/comparisonFixture';

const specWithDuties = (duties: readonly string[]): ClassSpec =>
  ({
    duties: duties.map((text, index) => ({ text, category: 'essential', span: { start: index, end: index + 1 } })),
  }) as unknown as ClassSpec;

const comparison: Comparison = makeComparison();
const html = buildPrintoutHtml(
  specWithDuties(['Supervises staff.', 'Plans work', 'Orders supplies.', 'Answers phones.']),
  specWithDuties(['Supervises staff.', 'Plans operations', 'Sets budgets.', 'Hires staff.']),
  comparison,
  'November 23, 2026',
);

describe('takePrintoutOptions', () => {
  it.each<[string[], unknown]>([
    [['a.txt', 'b.txt', '--json'], { targets: {}, fields: {}, rest: ['a.txt', 'b.txt', '--json'] }],
    [['a.txt', '--html', 'out.html', 'b.txt'], { targets: { html: 'out.html' }, fields: {}, rest: ['a.txt', 'b.txt'] }],
    [
      ['--pdf', 'o.pdf', 'a', 'b', '--html', 'o.html'],
      { targets: { pdf: 'o.pdf', html: 'o.html' }, fields: {}, rest: ['a', 'b'] },
    ],
    [
      ['a', 'b', '--preparer', 'A. Analyst', '--case', 'RC-7'],
      { targets: {}, fields: { preparer: 'A. Analyst', caseNumber: 'RC-7' }, rest: ['a', 'b'] },
    ],
    [['a', 'b', '--case'], '--case needs a value'],
    [['a', 'b', '--pdf'], '--pdf needs an output file path'],
    [['a', 'b', '--html', '--json'], '--html needs an output file path'],
  ])('%j', (args, expected) => {
    expect(takePrintoutOptions(args)).toEqual(expected);
  });
});

describe('writePrintouts', () => {
  it('writes the standalone HTML printout where asked, relative to the working folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'reclass-printout-'));
    const messages: string[] = [];
    const code = await writePrintouts(
      { html: 'out.html' },
      html,
      { out: (text) => messages.push(text), err: (text) => messages.push(text), cwd: folder },
      false,
    );
    expect(code).toBe(0);
    expect(messages).toEqual(['Wrote out.html']);
    const written = await readFile(join(folder, 'out.html'), 'utf8');
    expect(written).toContain('<title>Customer Service Supervisor vs Customer Service Section Chief</title>');
    expect(written).toContain('Plans <del>work</del>');
  });

  it('reports a file it cannot write as an error, with exit code 1', async () => {
    const errors: string[] = [];
    const code = await writePrintouts(
      { html: 'missing-folder/out.html' },
      html,
      { out: () => undefined, err: (text) => errors.push(text), cwd: '/nonexistent-reclass' },
      true,
    );
    expect(code).toBe(1);
    expect(errors[0]).toMatch(/could not write the printout/);
  });

  it.skipIf(!existsSync('/usr/bin/chromium') || !existsSync('/usr/bin/pdftotext'))(
    'prints a landscape PDF with the running header and page numbers',
    async () => {
      const folder = await mkdtemp(join(tmpdir(), 'reclass-printout-'));
      await writePrintouts({ pdf: 'out.pdf' }, html, { out: () => undefined, err: () => undefined, cwd: folder }, true);
      const text = execFileSync('pdftotext', ['-layout', join(folder, 'out.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Customer Service Supervisor vs Customer Service Section Chief');
      expect(text).toMatch(/Page 1 of \d+/);
      expect(text).toContain('Legend');
    },
  );
});
