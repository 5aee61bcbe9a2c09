import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import { isCatchAllDuty } from '../../../../shared/text';

describe('catch-all duty lines', () => {
  it.each([
    'Perform related duties as required.',
    'Perform other duties as assigned.',
    'Performs miscellaneous job-related duties as assigned.',
    'Performs other related duties as assigned by the supervisor.',
    'Other duties as assigned',
    'and performs related work as required;',
  ])('reads "%s" as boilerplate', (text) => {
    expect(isCatchAllDuty(text)).toBe(true);
  });

  it.each([
    'Performs related duties, including training new staff on billing procedures.',
    'Performs other duties of the unit supervisor in the supervisor’s absence.',
    'Coordinates related work with other divisions as required.',
    'Supervises other staff as assigned.',
  ])('keeps "%s" as a duty of its own', (text) => {
    expect(isCatchAllDuty(text)).toBe(false);
  });

  it('lists the catch-all line with the other duties, so coverage counts it apart from the essential ones', () => {
    const spec = parseSpec(
      [
        'ANIMAL TECHNICIAN 1',
        '',
        'EXAMPLES OF DUTIES',
        '- Provide food and water to animals in accordance with established procedures;',
        '- Clean and sterilize cages, pans and surrounding premises;',
        '- Perform related duties as required.',
        '',
        'MINIMUM QUALIFICATIONS',
        'High school diploma or equivalent.',
      ].join('\n'),
    );
    expect(spec.duties.map((duty) => duty.category)).toEqual(['essential', 'essential', 'other']);
  });
});
