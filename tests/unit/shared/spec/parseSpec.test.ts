import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import type { ClassSpec, DocumentKind, DutyCategory, EducationLevel } from '../../../../shared/model';
import { readSpecFixture } from './fixtureText';

type Expected = Readonly<{
  file: string;
  title: string | null;
  code: string | null;
  grade: string | null;
  salaryRange: string | null;
  jurisdiction: string | null;
  flsa: ClassSpec['flsa'];
  documentKind: DocumentKind;
  headings: readonly string[];
  duties: readonly string[];
  percentTime?: readonly number[];
  categories?: readonly DutyCategory[];
  education: EducationLevel | null;
  experienceYears: number | null;
  substitutions: number;
  licenses: number;
  warnings: readonly string[];
}>;

const cases: readonly Expected[] = [
  {
    file: 'job-bulletin.txt',
    title: 'SENIOR SYSTEMS ANALYST',
    code: '1597',
    grade: null,
    salaryRange: '$103,032 to $150,634',
    jurisdiction: 'CITY OF RIVERTON',
    flsa: 'exempt',
    documentKind: 'class',
    headings: ['ANNUAL SALARY', 'DUTIES', 'REQUIREMENTS/MINIMUM QUALIFICATIONS', 'PROCESS NOTES', 'SELECTION PROCESS', 'Examination Weight:', 'HOW TO APPLY'],
    duties: [
      'A Senior Systems Analyst supervises a group of Systems Analysts engaged in the design and implementation',
      'Plans and assigns systems analysis projects',
      'Reviews system designs',
      'Meets with department managers',
      'Prepares cost estimates, schedules and written reports for management.',
    ],
    education: 'bachelor',
    experienceYears: 2,
    substitutions: 0,
    licenses: 0,
    warnings: ['duties-by-shape'],
  },
  {
    file: 'state-spec.txt',
    title: 'FISCAL ANALYST 2',
    code: '169H',
    grade: '48',
    salaryRange: null,
    jurisdiction: 'State of Washington',
    flsa: null,
    documentKind: 'class',
    headings: ['Definition', 'Distinguishing Characteristics', 'Typical Work', 'Knowledge, Skills and Abilities', 'Minimum Qualifications', 'Class Specification History'],
    duties: ['Reviews budget requests and supporting documentation from program managers; prepares fiscal notes'],
    education: 'bachelor',
    experienceYears: 2,
    substitutions: 1,
    licenses: 0,
    warnings: [],
  },
  {
    file: 'provincial-jd.txt',
    title: 'Senior Policy Analyst',
    code: '7021',
    grade: 'MG 05',
    salaryRange: null,
    jurisdiction: 'Government of Saskatchewan',
    flsa: null,
    documentKind: 'class',
    headings: ['JOB PURPOSE', 'KEY ACCOUNTABILITIES', 'QUALIFICATIONS', 'WORKING CONDITIONS'],
    duties: ['Leads the research', 'Develops policy options', 'Coordinates cross-ministry', 'Reviews legislation', 'Mentors junior analysts and reviews their work for quality and accuracy.'],
    percentTime: [30, 25, 20, 15, 10],
    education: 'master',
    experienceYears: 5,
    substitutions: 1,
    licenses: 0,
    warnings: [],
  },
  {
    file: 'federal-posting.md',
    title: 'IT Specialist (INFOSEC)',
    code: null,
    grade: 'GS 12',
    salaryRange: '$99,200 - $128,956 per year',
    jurisdiction: null,
    flsa: null,
    documentKind: 'class',
    headings: ['Summary', 'Duties', 'Requirements', 'Conditions of Employment', 'Qualifications', 'How You Will Be Evaluated', 'Required Documents', 'How to Apply'],
    duties: ['Conduct vulnerability assessments', 'Develop and implement', 'Analyze security incidents', 'Provide technical guidance to system owners on security controls.'],
    education: null,
    experienceYears: 1,
    substitutions: 1,
    licenses: 0,
    warnings: [],
  },
  {
    file: 'county-spec.txt',
    title: 'ACCOUNTANT II',
    code: '1513',
    grade: null,
    salaryRange: '$4,812 - $6,015 Monthly',
    jurisdiction: 'COUNTY OF SAN MATEO',
    flsa: 'non-exempt',
    documentKind: 'class',
    headings: ['DEFINITION', 'DISTINGUISHING CHARACTERISTICS', 'EXAMPLES OF DUTIES', 'KNOWLEDGE AND SKILLS', 'Knowledge of:', 'Skill in:', 'EDUCATION AND EXPERIENCE', 'LICENSES AND CERTIFICATES'],
    duties: [
      'Prepares journal entries',
      'Analyzes general ledger accounts',
      'Reviews claims, invoices and payroll documents for accuracy and compliance with County policies and procedures; prepares corrective entries.',
      'Assists auditors by preparing schedules and explaining accounting procedures.',
      'Performs related duties as assigned.',
    ],
    education: 'bachelor',
    experienceYears: 1,
    substitutions: 0,
    licenses: 1,
    warnings: [],
  },
  {
    file: 'series-spec.txt',
    title: 'ADMINISTRATIVE ANALYST I/II/III',
    code: null,
    grade: null,
    salaryRange: null,
    jurisdiction: 'CITY OF LAKEWOOD',
    flsa: null,
    documentKind: 'series',
    headings: [
      'SERIES CONCEPT',
      'ADMINISTRATIVE ANALYST I', 'DISTINGUISHING CHARACTERISTICS', 'EXAMPLES OF DUTIES',
      'ADMINISTRATIVE ANALYST II', 'DISTINGUISHING CHARACTERISTICS', 'EXAMPLES OF DUTIES',
      'ADMINISTRATIVE ANALYST III', 'DISTINGUISHING CHARACTERISTICS', 'EXAMPLES OF DUTIES',
      'MINIMUM QUALIFICATIONS',
    ],
    duties: [],
    education: null,
    experienceYears: null,
    substitutions: 0,
    licenses: 0,
    warnings: ['multiple-classes'],
  },
  {
    file: 'job-list.txt',
    title: 'WEEKLY JOB OPPORTUNITIES',
    code: null,
    grade: null,
    salaryRange: '$58,000 - $72,000 annually',
    jurisdiction: 'TOWN OF MILLBROOK',
    flsa: null,
    documentKind: 'job_list',
    headings: [],
    duties: [],
    education: null,
    experienceYears: null,
    substitutions: 0,
    licenses: 0,
    warnings: ['job-list', 'title-guessed'],
  },
  {
    file: 'position-description.txt',
    title: 'Payroll Coordinator',
    code: '4412',
    grade: '17',
    salaryRange: null,
    jurisdiction: null,
    flsa: null,
    documentKind: 'class',
    headings: ['ESSENTIAL FUNCTIONS', 'PAYROLL PROCESSING', 'EMPLOYEE SUPPORT', 'MARGINAL FUNCTIONS', 'SUPERVISION RECEIVED', 'SUPERVISION EXERCISED', 'MINIMUM QUALIFICATIONS', 'CLASS HISTORY'],
    duties: [
      'Processes biweekly payroll for 600 employees, including time entry review and exception reports.',
      'Reconciles payroll accounts',
      'Answers employee questions',
      'Maintains personnel and payroll records',
      'Performs other duties as assigned, such as covering the front desk.',
    ],
    percentTime: [40, 15, 25, 10, 10],
    categories: ['essential', 'essential', 'essential', 'essential', 'other'],
    education: 'high_school',
    experienceYears: 3,
    substitutions: 0,
    licenses: 0,
    warnings: [],
  },
  {
    file: 'city-posting.md',
    title: 'Water Utility Technician',
    code: 'WU-210',
    grade: '12',
    salaryRange: null,
    jurisdiction: null,
    flsa: 'non-exempt',
    documentKind: 'class',
    headings: ['Essential Duties', 'Field operations', 'Customer service', 'Minimum Qualifications'],
    duties: ['Installs and repairs water meters', 'Reads meters', 'Investigates customer complaints about water pressure and quality.'],
    education: 'high_school',
    experienceYears: 2,
    substitutions: 0,
    licenses: 1,
    warnings: [],
  },
  {
    file: 'pdf-layout.txt',
    title: 'Senior Planner',
    code: 'P-3302',
    grade: 'G24',
    salaryRange: null,
    jurisdiction: 'COUNTY OF ALDER',
    flsa: null,
    documentKind: 'class',
    headings: ['DEFINITION', 'ESSENTIAL DUTIES', 'MINIMUM QUALIFICATIONS'],
    duties: [
      'Manages preparation of general plan amendments, specific plans and environmental documents.',
      'Reviews development applications for consistency with zoning regulations and recommends conditions of approval.',
      'Presents staff reports',
    ],
    education: 'bachelor',
    experienceYears: 4,
    substitutions: 0,
    licenses: 0,
    warnings: [],
  },
  {
    file: 'inline-labels.txt',
    title: 'LIBRARY ASSISTANT II',
    code: null,
    grade: null,
    salaryRange: null,
    jurisdiction: 'CITY OF SAN RAFAEL',
    flsa: null,
    documentKind: 'class',
    headings: ['DEFINITION:', 'EXAMPLES OF DUTIES:', 'MINIMUM QUALIFICATIONS:', 'LICENSE:'],
    duties: ['Checks materials in and out; processes holds and interlibrary loans; answers patron questions about the catalog; shelves and reads shelves; collects fines and fees.'],
    education: 'high_school',
    experienceYears: 1,
    substitutions: 0,
    licenses: 1,
    warnings: [],
  },
  {
    file: 'inline-headings-spec.txt',
    title: 'WATER TREATMENT PLANT OPERATOR II',
    code: '4410',
    grade: null,
    salaryRange: null,
    jurisdiction: 'CITY OF FAIRMONT',
    flsa: 'non-exempt',
    documentKind: 'class',
    headings: ['DEFINITION:', 'DISTINGUISHING CHARACTERISTICS:', 'EXAMPLES OF DUTIES:', 'MINIMUM QUALIFICATIONS:', 'LICENSES AND CERTIFICATES:'],
    duties: ['Operates chemical feed systems, filters and pumps; collects water samples', 'Calibrates analyzers, flow meters'],
    education: 'high_school',
    experienceYears: 3,
    substitutions: 1,
    licenses: 1,
    warnings: [],
  },
  {
    file: 'inline-bulletin.txt',
    title: 'ELECTRICAL INSPECTOR',
    code: '4221',
    grade: null,
    salaryRange: '$88,410 - $109,872 annually',
    jurisdiction: 'CITY OF ASHLAND',
    flsa: null,
    documentKind: 'class',
    headings: ['DUTIES:', 'REQUIREMENTS:', 'SELECTION PROCESS:'],
    duties: ['Performs field inspections of electrical installations in new and remodeled buildings for compliance with the electrical code and approved plans; issues correction notices'],
    education: null,
    experienceYears: 4,
    substitutions: 0,
    licenses: 1,
    warnings: [],
  },
  {
    file: 'pdf-verb-lines.txt',
    title: 'Maintenance Planner',
    code: '6120',
    grade: '42',
    salaryRange: null,
    jurisdiction: 'LAKESIDE WATER DISTRICT',
    flsa: null,
    documentKind: 'class',
    headings: ['PURPOSE OF CLASSIFICATION', 'ESSENTIAL FUNCTIONS', 'MINIMUM QUALIFICATIONS'],
    duties: [
      'Prepares weekly maintenance schedules for mechanical and electrical crews',
      'Reviews work orders for completeness and enters labor, parts and equipment hours into the computerized maintenance management system',
      'Maintains equipment histories and recommends replacement of assets at the end of their service life',
      'Coordinates planned shutdowns with the Operations Division and the Distribution and Customer Services Section so that',
      'Estimates material and labor costs',
      'Performs related duties as assigned',
    ],
    education: 'associate',
    experienceYears: 3,
    substitutions: 0,
    licenses: 0,
    warnings: ['duties-by-shape'],
  },
  {
    file: 'outline-spec.txt',
    title: 'PROGRAM OFFICER II',
    code: '7.636',
    grade: '31',
    salaryRange: null,
    jurisdiction: 'STATE OF NEVADA',
    flsa: null,
    documentKind: 'class',
    headings: ['I. SERIES CONCEPT', 'II. DUTIES', 'III. MINIMUM QUALIFICATIONS', 'IV. CLASS HISTORY'],
    duties: ['Plans program activities and monitors outcomes.', 'Prepares grant applications and reports.'],
    education: 'bachelor',
    experienceYears: 2,
    substitutions: 0,
    licenses: 0,
    warnings: [],
  },
  {
    file: 'unknown-layout.txt',
    title: 'Maintenance Worker',
    code: null,
    grade: null,
    salaryRange: null,
    jurisdiction: null,
    flsa: null,
    documentKind: 'unknown',
    headings: [],
    duties: [],
    education: null,
    experienceYears: null,
    substitutions: 0,
    licenses: 0,
    warnings: ['no-sections', 'no-duties', 'title-guessed'],
  },
];

describe.each(cases)('$file', (expected) => {
  const spec = parseSpec(readSpecFixture(expected.file));

  it('reads the metadata', () => {
    const { title, code, grade, salaryRange, jurisdiction, flsa, documentKind } = spec;
    expect({ title, code, grade, salaryRange, jurisdiction, flsa, documentKind }).toEqual({
      title: expected.title, code: expected.code, grade: expected.grade, salaryRange: expected.salaryRange,
      jurisdiction: expected.jurisdiction, flsa: expected.flsa, documentKind: expected.documentKind,
    });
  });

  it('lists the printed headings in order', () => {
    expect(spec.sections.map((section) => section.heading)).toEqual(expected.headings);
  });

  it('separates the duty statements', () => {
    expect(spec.duties).toHaveLength(expected.duties.length);
    expected.duties.forEach((start, i) => expect(spec.duties[i]?.text.startsWith(start), `duty ${i + 1}: ${spec.duties[i]?.text}`).toBe(true));
    if (expected.percentTime) expect(spec.duties.map((duty) => duty.percentTime)).toEqual(expected.percentTime);
    if (expected.categories) expect(spec.duties.map((duty) => duty.category)).toEqual(expected.categories);
  });

  it('reads the minimum qualifications', () => {
    const { education, experienceYears, substitutions, licenses } = spec.qualifications;
    expect({ education, experienceYears, substitutions: substitutions.length, licenses: licenses.length }).toEqual({
      education: expected.education, experienceYears: expected.experienceYears,
      substitutions: expected.substitutions, licenses: expected.licenses,
    });
  });

  it('warns about what it could not read', () => {
    expect(spec.warnings.map((warning) => warning.code)).toEqual(expected.warnings);
  });
});
