import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import type { EducationLevel } from '../../../../shared/model';

function qualificationsOf(body: string) {
  return parseSpec(`Budget Analyst\n\nMINIMUM QUALIFICATIONS:\n\n${body}\n`).qualifications;
}

describe('minimum education', () => {
  it.each<[string, EducationLevel | null]>([
    ['Requires a high school diploma or a GED.', 'high_school'],
    ['Graduation from high school or G.E.D. equivalent and two years of clerical experience.', 'high_school'],
    ["An Associate's degree in accounting is required.", 'associate'],
    ['Graduation from a four-year college or university with major coursework in finance.', 'bachelor'],
    ["Bachelor’s degree in public administration; Master's degree preferred.", 'bachelor'],
    ["A Master's degree in social work and licensure as a clinical social worker.", 'master'],
    ['Possession of a Ph.D. in economics.', 'doctorate'],
    [
      "A high school diploma and four years of experience, or an associate's degree and two years of experience.",
      'high_school',
    ],
    ['Three years of experience operating heavy equipment.', null],
  ])('%s → %s', (sentence, level) => {
    expect(qualificationsOf(sentence).education).toBe(level);
  });

  it('ignores the degrees named in a substitution', () => {
    const qualifications = qualificationsOf(
      "Requires a high school diploma or a GED.\n\nSubstitutions: Associate's degree may be substituted for up to two years of experience.",
    );
    expect(qualifications.education).toBe('high_school');
    expect(qualifications.substitutions.map((located) => located.value)).toEqual([
      "Associate's degree may be substituted for up to two years of experience.",
    ]);
  });
});

describe('minimum years of experience', () => {
  it.each<[string, number | null]>([
    [
      'Eight years of progressively responsible administrative experience are required, including two of the years in a supervisory position.',
      8,
    ],
    ['Minimum of 3 years of experience in payroll processing.', 3],
    ['One (1) year of experience as a Water Utility Worker.', 1],
    ['Six months of experience in customer service.', 0.5],
    ['18 months of full-time experience in records management.', 1.5],
    ['Two to four years of related experience.', 2],
    ['5+ years of experience managing software projects.', 5],
    ['One year of specialized experience equivalent to the GS-11 grade level.', 1],
    ['No experience is required.', 0],
    ['Experience in a public agency is desirable.', null],
  ])('%s → %s', (sentence, years) => {
    expect(qualificationsOf(sentence).experienceYears).toBe(years);
  });

  it('does not read years from a substitution sentence', () => {
    const qualifications = qualificationsOf(
      'Two years of experience may be substituted for the education requirement.\n\nFour years of administrative experience are required.',
    );
    expect(qualifications.experienceYears).toBe(4);
  });
});

describe('licenses', () => {
  it('lists license and certification requirements, not other sentences', () => {
    const licenses = qualificationsOf(
      "Two years of experience.\n\nA valid state driver's license is required.\n\nCertification as a Certified Public Accountant within one year of hire.",
    ).licenses;
    expect(licenses.map((located) => located.value)).toEqual([
      "A valid state driver's license is required.",
      'Certification as a Certified Public Accountant within one year of hire.',
    ]);
  });
});
