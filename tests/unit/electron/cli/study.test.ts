import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readStudyArguments, studyCommand } from '../../../../electron/cli/commands/study';
import { encodeStudyBundle } from '../../../../shared/study';
import { capture } from '../../../fixtures/compare/cliCapture';
import { seedMaterials } from '../../shared/study/studyFixture';

const SECTIONS = [
  '1. Request',
  '2. Materials reviewed',
  '3. Duties of the position',
  '4. Comparison with the candidate classes',
  '5. Rationale',
  '6. Recommendation',
];

async function bundleFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'reclass-study-'));
  const bytes = await encodeStudyBundle(
    seedMaterials(),
    (data) => Promise.resolve(createHash('sha256').update(data).digest('hex')),
    0,
  );
  await writeFile(join(folder, 'case.reclass-study'), bytes);
  await writeFile(join(folder, 'cut.reclass-study'), bytes.slice(0, 500));
  return folder;
}

describe('study report command', () => {
  it('renders the report from a bundle to PDF (portrait, every section, page n of m) and to Word', async () => {
    const folder = await bundleFolder();
    const { io, out, err } = capture(folder);
    expect(await studyCommand(['report', 'case.reclass-study', '--pdf', 'out.pdf', '--docx', 'out.docx'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual(['Wrote out.pdf', 'Wrote out.docx']);
    const pdf = await readFile(join(folder, 'out.pdf'));
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/u.exec(pdf.toString('latin1'));
    expect(Number(mediaBox?.[1])).toBeLessThan(Number(mediaBox?.[2]));
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', join(folder, 'out.pdf'), '-'], { encoding: 'utf8' });
      for (const heading of SECTIONS) expect(text).toContain(heading);
      const pages = text.split('\f').filter((page) => page.trim());
      pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
      expect(text).toContain('Case RC-2026-014');
    }
    const { value } = await mammoth.extractRawText({
      path: join(folder, 'out.docx'),
    });
    for (const heading of SECTIONS) expect(value).toContain(heading);
  }, 60_000);

  it('refuses a damaged bundle with the reason and writes nothing', async () => {
    const folder = await bundleFolder();
    const { io, err } = capture(folder);
    expect(await studyCommand(['report', 'cut.reclass-study', '--docx', 'out.docx'], io)).toBe(1);
    expect(err.join('')).toContain('The bundle is damaged or cut short');
    expect(existsSync(join(folder, 'out.docx'))).toBe(false);
  });

  it.each([
    [['report'], /exactly one bundle file/u],
    [['report', 'a.reclass-study'], /at least one of --pdf, --docx, --html/u],
    [['report', 'a', '--pdf'], /--pdf needs an output file path/u],
    [['print', 'a'], /unknown study command "print"/u],
    [['report', 'a', '--word', 'x'], /unknown option --word/u],
  ])('refuses %j', (args, problem) => {
    expect(readStudyArguments(args)).toMatch(problem);
  });
});
