import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';

const lines = (...rows: string[]) => rows.join('\n');

describe('job postings and job profiles', () => {
  it('reads "<title> job description" as the title, not a section', () => {
    const spec = parseSpec(
      lines(
        '**Programme Delivery Manager job description**',
        '',
        '**The main responsibilities of the post are:**',
        '',
        '• Plan the programme',
        '• Report progress',
      ),
    );
    expect(spec.title).toBe('Programme Delivery Manager');
    expect(spec.sections.map((section) => section.heading)).toEqual(['The main responsibilities of the post are:']);
    expect(spec.duties.map((duty) => duty.text)).toEqual(['Plan the programme', 'Report progress']);
  });

  it('takes a leading "# Title" as the title even when a word of it is a section word', () => {
    expect(
      parseSpec(lines('# Senior Application Security Developer', '', '## You will', '', '- review code')).title,
    ).toBe('Senior Application Security Developer');
  });

  it('reads the grade a posting states in prose and the grade of a PAYBAND field', () => {
    expect(
      parseSpec(
        lines('# Executive Assistant', '', 'This role is classified as AS-02 in the Administrative Services group.'),
      ).grade,
    ).toBe('AS-02');
    const gds = parseSpec(
      lines('POST TITLE:\tWeb Operations', 'PAYBAND:\tA', '', '## DUTIES & RESPONSIBILITIES', '', '* run servers'),
    );
    expect({ title: gds.title, grade: gds.grade }).toEqual({ title: 'Web Operations', grade: 'A' });
  });

  it('counts a paragraph standing before an "also:" line as a duty, but not prose that ends "…include:"', () => {
    const standing = parseSpec(
      lines(
        '## You will',
        '',
        'As a lead you will drive the direction of our security tools.',
        '',
        'You will also:',
        '',
        '- plan releases',
        '- review code',
      ),
    );
    expect(standing.duties.map((duty) => duty.text)).toEqual([
      'As a lead you will drive the direction of our security tools.',
      'plan releases',
      'review code',
    ]);
    const introduced = parseSpec(
      lines(
        'DUTIES:',
        'Performs analytical work. Examples of duties include:',
        '• Reviews claims.',
        '• Files reports.',
      ),
    );
    expect(introduced.duties.map((duty) => duty.text)).toEqual(['Reviews claims.', 'Files reports.']);
  });

  it('does not take a list the posting addresses to the reader for more duties', () => {
    const spec = parseSpec(
      lines(
        '# Assistant',
        '',
        '## We’re looking for someone who will:',
        '- Manage calendars',
        '- Draft letters',
        '',
        '## An excellent candidate will:',
        '- Keep directors on track',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual(['Manage calendars', 'Draft letters']);
  });

  it('reads the field headings of a web posting as fields, not sections', () => {
    const spec = parseSpec(
      lines(
        '# Head of Policy Research',
        '',
        '## Details',
        '',
        '### Salary',
        '',
        '£53,730',
        '',
        '### Job grade',
        '',
        'Other',
        'HL8',
        '',
        '## About the job',
        '',
        '### Job summary',
        '',
        'We are looking for a head of research. This is a new post.',
      ),
    );
    expect(spec.grade).toBe('HL8');
    expect(spec.sections.map((section) => section.heading)).toEqual(['Details', 'About the job', 'Job summary']);
  });

  it('does not list form labels, notices in capitals or a lone code as sections', () => {
    const spec = parseSpec(
      lines(
        'DUTIES:',
        '• Runs servers.',
        '',
        'APPLICATIONS ARE WELCOME FROM PART TIMERS AND JOB SHARERS',
        '',
        'HL8',
        '',
        'CLOSING DATE:',
        '25 March 2014',
        'EXPECTED SIFT DATE:',
        '',
        'MINIMUM QUALIFICATIONS:',
        'Two years of experience.',
      ),
    );
    expect(spec.sections.map((section) => section.heading)).toEqual(['DUTIES:', 'MINIMUM QUALIFICATIONS:']);
  });

  it('does not count a closing paragraph addressed to the reader as a duty', () => {
    const spec = parseSpec(
      lines(
        '## You will',
        '',
        '- Oversee policy research',
        '- Lead analysts',
        '',
        'If this sounds like something you would like to hear more about, please apply below',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual(['Oversee policy research', 'Lead analysts']);
  });

  it('keeps unknown sub-headings out of the duties once another topic has begun under them', () => {
    const spec = parseSpec(
      lines(
        '## Vacancy',
        '',
        '### DUTIES & RESPONSIBILITIES',
        '',
        '* run servers',
        '* share on-call duties',
        '',
        'CONTACT DETAILS',
        '',
        'Write to the recruitment team.',
        '',
        'EXPECTED INTERVIEW DATES:',
        '',
        'NOTE: SUCCESSFUL APPLICANTS WILL TRANSFER ONTO NEW TERMS AND CONDITIONS.',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual(['run servers', 'share on-call duties']);
  });

  it('reads the position and grade of a federal position description named beside its series', () => {
    const spec = parseSpec(
      lines(
        'Become a founding member of the digital service',
        '',
        'A Digital Services Expert is a GS-0301-15.',
        '',
        'Digital Services Expert GS-0301-15',
        '',
        'MAJOR DUTIES:',
        'The incumbent leads major initiatives.',
      ),
    );
    expect({ title: spec.title, grade: spec.grade }).toEqual({ title: 'Digital Services Expert', grade: 'GS-15' });
  });

  it('keeps a nested list inside its numbered item', () => {
    const spec = parseSpec(
      lines(
        '**You’ll need to accomplish the following things:**',
        '',
        '1. Create safety in the community by:',
        '  * setting clear expectations',
        '  * giving feedback early',
        '2. Hire and assign developers.',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual([
      'Create safety in the community by: setting clear expectations giving feedback early',
      'Hire and assign developers.',
    ]);
  });

  it('warns where it had to guess: a grade from prose, duties split by line shape, a title with nothing to go by', () => {
    const prose = parseSpec(
      lines(
        '# Executive Assistant',
        '',
        'This role is classified as AS-02.',
        '',
        '## You will',
        '',
        '- Manage calendars',
      ),
    );
    expect(prose.warnings.map((warning) => warning.code)).toEqual(['grade-from-prose']);
    const shaped = parseSpec(
      lines(
        'DUTIES:',
        'Reviews claims for accuracy.',
        'Files reports with the state.',
        'Answers questions from the public.',
      ),
    );
    expect(shaped.warnings.map((warning) => warning.code)).toContain('duties-by-shape');
    expect(parseSpec('Reviews claims for accuracy and files them.').warnings.map((warning) => warning.code)).toContain(
      'title-guessed',
    );
  });

  it('reads a mixed-case sub-heading standing alone between blank lines, not a title-case line inside a paragraph', () => {
    const spec = parseSpec(
      lines(
        'ACCOUNTABILITIES:',
        '',
        '1. Lead the priority.',
        '',
        'Management of People',
        '',
        '1. Mentor the initiative leaders.',
        'Works With Partners',
        'across government.',
      ),
    );
    expect(spec.sections.map((section) => section.heading)).toEqual(['ACCOUNTABILITIES:', 'Management of People']);
  });
});
