import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';

type Gold = Readonly<{
  file: string;
  title: string;
  code: string | null;
  grade: string | null;
  duty_count: number;
  first_duty: string;
  last_duty: string;
  section_headings: readonly string[];
  experience_years: number;
}>;

const seedsDir = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const goldPath = fileURLToPath(new URL('../../../fixtures/seeds-gold.jsonl', import.meta.url));
const golds: Gold[] = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Gold);

describe.each(golds)('seed $file', (gold) => {
  const spec = parseSpec(readFileSync(seedsDir + gold.file, 'utf8'));

  it('reads title, code and grade', () => {
    expect({ title: spec.title, code: spec.code, grade: spec.grade }).toEqual({
      title: gold.title,
      code: gold.code,
      grade: gold.grade,
    });
  });

  it('finds every duty, first and last as printed', () => {
    expect(spec.duties).toHaveLength(gold.duty_count);
    expect(spec.duties[0]?.text.startsWith(gold.first_duty)).toBe(true);
    expect(spec.duties.at(-1)?.text.startsWith(gold.last_duty)).toBe(true);
  });

  it('lists every printed heading in order', () => {
    expect(spec.sections.map((section) => section.heading)).toEqual(gold.section_headings);
  });

  it('reads the minimum years of experience', () => {
    expect(spec.qualifications.experienceYears).toBe(gold.experience_years);
  });

  it('reads it as one class without warnings', () => {
    expect(spec.documentKind).toBe('class');
    expect(spec.warnings).toEqual([]);
  });
});
