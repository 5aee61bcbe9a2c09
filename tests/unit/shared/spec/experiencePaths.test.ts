import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import { minimumExperience, yearsIn } from '../../../../shared/spec/experiencePaths';

const units = (...values: string[]) =>
  values.map((value, index) => ({ value, span: { start: index * 100, end: index * 100 + value.length } }));
const years = (...values: string[]) => minimumExperience(units(...values))?.years ?? null;

describe('minimum years of experience over alternative paths', () => {
  it('takes the smallest path between OR lines, joining AND lines into one path', () => {
    expect(
      years(
        'ALAT certification.',
        'AND',
        'Two years of experience as an Animal Technician 2 or equivalent;',
        'OR',
        'one year of experience as an Animal Technician 2 and one year of college.',
      ),
    ).toBe(1);
  });

  it('gives 0 for an enumerated path that asks for a degree and no experience', () => {
    expect(
      years(
        '5 years professional experience in a biological field; OR',
        "A bachelor's degree and one year of professional experience; OR",
        "A master's degree in the biological sciences",
      ),
    ).toBe(0);
  });

  it('ignores an "equivalent combination" catch-all and a substitution clause', () => {
    expect(
      years(
        "Bachelor's degree and two-years experience in specialty area: a Master's degree may be substituted for experience",
        '-OR-',
        'An equivalent combination of education and experience.',
      ),
    ).toBe(2);
  });

  it('reads one path as it is, months as a fraction of a year', () => {
    expect(years('Six months of experience in customer service.')).toBe(0.5);
    expect(years('Graduation from high school.')).toBeNull();
  });

  it('does not read a four-year degree as four years of experience', () => {
    expect(yearsIn('Graduation from a four-year college and one (1) year of accounting experience.')).toBe(1);
  });

  it('leaves preferred qualifications out of the minimum', () => {
    const spec = parseSpec(
      [
        '# Collections Manager',
        '',
        '## Minimum Qualifications',
        '',
        'Two years of experience in a museum.',
        '',
        '## Preferred Qualifications',
        '',
        'One year of experience with Specify.',
      ].join('\n'),
    );
    expect(spec.qualifications.experienceYears).toBe(2);
  });
});

describe('a class code listed under a code heading', () => {
  it('takes the first code of the list', () => {
    const spec = parseSpec(
      [
        '# Animal Technician 1',
        '',
        '## UW Code and Representative Group',
        '',
        '- 17724 (NE S SEIU 925 Non Supv)',
        '- 22410 (NE H NI SEIU 925 Non Supv)',
        '',
        '## Typical Work',
        '',
        '- Feed animals;',
      ].join('\n'),
    );
    expect(spec.code).toBe('17724');
  });
});
