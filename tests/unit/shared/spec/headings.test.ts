import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';

function sliceOf(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

describe('inline headings', () => {
  it.each<[string, string, string]>([
    ['definition', 'DEFINITION: Under general supervision, performs routine clerical work.', 'summary'],
    ['duties', 'DUTIES: Performs field inspections; issues correction notices.', 'duties'],
    [
      'qualifications',
      'MINIMUM QUALIFICATIONS: Graduation from high school and two years of clerical experience.',
      'qualifications',
    ],
    ['examples of duties', 'EXAMPLES OF DUTIES: Files records; answers phones; sorts mail.', 'duties'],
    ['ampersand heading', 'KNOWLEDGE & ABILITIES: Knowledge of office practices.', 'knowledge'],
  ])('a capitalized %s label starts a section whose body follows it on the line', (_case, line, kind) => {
    const text = `CITY OF ELMWOOD\nOFFICE CLERK\n\n${line}\n`;
    const spec = parseSpec(text);
    const label = line.slice(0, line.indexOf(':') + 1);
    expect(spec.sections.map((section) => [section.heading, section.kind])).toEqual([[label, kind]]);
    const section = spec.sections[0];
    expect(section && sliceOf(text, section.headingSpan)).toBe(label);
    expect(section && sliceOf(text, section.bodySpan)).toBe(line.slice(label.length).trim());
    expect(spec.warnings.map((warning) => warning.code)).not.toContain('no-sections');
  });

  it('reads duties and qualifications from inline sections', () => {
    const spec = parseSpec(
      'PARKS MAINTENANCE WORKER\n\nDUTIES: Mows, trims and waters park grounds; repairs irrigation lines.\n' +
        'Operates light equipment safely.\n\nMINIMUM QUALIFICATIONS: Two years of grounds maintenance experience.\n',
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual([
      'Mows, trims and waters park grounds; repairs irrigation lines.',
      'Operates light equipment safely.',
    ]);
    expect(spec.qualifications.experienceYears).toBe(2);
  });

  it.each([
    [
      'title-case label with inline text',
      'Substitutions: An associate degree may substitute for two years of experience.',
    ],
    ['job code', 'Job Code: 887.0'],
    ['capitalized metadata label', 'JOB CODE: 887.0'],
    ['FLSA status', 'FLSA Status: Exempt'],
    ['effective date', 'Effective: October 1990'],
    ['unknown capitalized label', 'BARGAINING UNIT: AFSCME Local 12'],
    ['list item with a label', '- DUTIES: Files records.'],
  ])('a %s stays body text or metadata', (_case, line) => {
    const spec = parseSpec(`OFFICE CLERK\n\nGENERAL SUMMARY:\n\nPerforms clerical work.\n\n${line}\n`);
    expect(spec.sections.map((section) => section.heading)).toEqual(['GENERAL SUMMARY:']);
  });
});
