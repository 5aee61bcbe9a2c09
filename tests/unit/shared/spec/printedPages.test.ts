// Web postings printed to PDF: the extractor marks large type as "#"/"##" lines, site chrome sits around the posting.
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';

const lines = (...rows: string[]) => rows.join('\n');

describe('postings printed from a web page', () => {
  it('takes the "# Title" below smaller marked site chrome as the title, and the chrome as no section', () => {
    const spec = parseSpec(
      lines(
        '## Careers at UA',
        '# Entomology Collections Manager',
        '',
        '## Position Summary:',
        'The museum seeks a manager.',
        '## Duties:',
        'Curates the insect collection.',
      ),
    );
    expect(spec.title).toBe('Entomology Collections Manager');
    expect(spec.sections.map((section) => section.heading)).toEqual(['Position Summary:', 'Duties:']);
  });

  it('reads the duties a two-column field table prints in the cell beside a duty label, up to the next row', () => {
    const spec = parseSpec(
      lines(
        '# Collections Manager',
        '',
        'Salary\t$32,957-$38,752',
        '',
        'Typical Duties/Job Duties\tOperational management of the collections. Typical job functions include (but are not limited to):',
        '',
        '• Accessioning and cataloging specimens',
        '• Processing and managing loans',
        '',
        'Knowledge, Skills and\t• Knowledge of museum standards',
        'Abilities\tand practices',
        '• Skilled in curation',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual([
      'Accessioning and cataloging specimens',
      'Processing and managing loans',
    ]);
  });

  it('ends a duty section at the next row of a field table, whatever its label', () => {
    const spec = parseSpec(
      lines(
        'Duties:',
        'Curates the insect collection.',
        '',
        'KNOWLEDGE, SKILLS,\tKnowledge of museum protocols and',
        'ABILITIES:\tsimilar collections.',
        '',
        'PREFERRED\t1-2 years experience in collections',
        'EXPERIENCE:\tmanagement.',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual(['Curates the insect collection.']);
  });

  it("reads a grade that repeats its label's word and a salary in pounds", () => {
    const spec = parseSpec(
      lines('# Entomology Collections Manager', '', 'GRADE:', 'Grade 81', '', 'Salary', '', '£23,067-£26,715'),
    );
    expect({ grade: spec.grade, salaryRange: spec.salaryRange }).toEqual({
      grade: 'Grade 81',
      salaryRange: '£23,067-£26,715',
    });
  });

  it('reads a grade printed alone under the title as the grade, with a warning, and not as a section', () => {
    const spec = parseSpec(
      lines('**Senior Content Designer Job description**', '', '**G7**', '', '### Summary', '', 'We build services.'),
    );
    expect(spec.grade).toBe('G7');
    expect(spec.sections.map((section) => section.heading)).toEqual(['Summary']);
    expect(spec.warnings.map((warning) => warning.code)).toContain('grade-unlabelled');
  });

  it('does not take a sub-heading after a field row closed the duty list for more duties', () => {
    const spec = parseSpec(
      lines(
        '## Duties:',
        'Curates the insect collection.',
        '',
        'SALARY INFORMATION:\tThis is a full-time staff position.',
        '',
        'APPLICATIONS CLOSE:',
        'Open until filled',
        '',
        '## WORK TYPE',
        '& On Campus\t1',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual(['Curates the insect collection.']);
  });

  it('reads the list a job description introduces as its duties when no duty heading is printed, with a warning', () => {
    const spec = parseSpec(
      lines(
        '# Asst Curator of Herpetology',
        '',
        'Job Description\tAn exceptional job opportunity with the museum is now available.',
        '',
        'Research is the most important aspect of this position.',
        '',
        'Duties of the position include:',
        '',
        '• Investigates questions related to herpetology by field work and',
        'laboratory analysis.',
        '• Plans and writes research reports.',
        '',
        'Minimum Qualifications\tA doctorate in biology is required.',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual([
      'Investigates questions related to herpetology by field work and laboratory analysis.',
      'Plans and writes research reports.',
    ]);
    expect(spec.warnings.map((warning) => warning.code)).toContain('duties-from-lead-in');
  });

  it('splits a label naming two fields over a value of two parts, and keeps a banner heading and form labels out of the sections', () => {
    const spec = parseSpec(
      lines(
        '## Position Classification Description',
        'Position Class Code / Title:',
        '',
        'L4015 / Science Mus Collection Mgr,Sr',
        'Recruitment Tier:',
        '',
        'Tier 1',
        'FLSA:',
        '',
        'Exempt',
        'Grade:',
        '',
        '13',
        '',
        'This is a description of a staff classification.',
        '',
        '## Summary',
        'Manages a science collection.',
        '',
        '## Duties and Responsibilities',
        '1. Manages collections care.',
      ),
    );
    expect({ title: spec.title, code: spec.code, grade: spec.grade }).toEqual({
      title: 'Science Mus Collection Mgr,Sr',
      code: 'L4015',
      grade: '13',
    });
    expect(spec.sections.map((section) => section.heading)).toEqual(['Summary', 'Duties and Responsibilities']);
  });

  it('reads the class number printed after a role title as the code, with a warning, and no requisition number', () => {
    const spec = parseSpec(
      lines(
        '# Asst Curator of Herpetology',
        '',
        'Working Title\tAsst Curator of Herpetology',
        '',
        'Role Title\tScientist II - 59132',
        '',
        'Job Posting Number\t1085900',
      ),
    );
    expect(spec.code).toBe('59132');
    expect(spec.warnings.map((warning) => warning.code)).toContain('code-from-title');
    const pageUp = parseSpec(
      lines(
        '# Entomology Collections Manager',
        'JOB NUMBER:',
        '524375',
        'GRADE:',
        'Grade 81',
        '',
        '## Duties:',
        'Curates the collection.',
      ),
    );
    expect({ code: pageUp.code, sections: pageUp.sections.map((section) => section.heading) }).toEqual({
      code: null,
      sections: ['Duties:'],
    });
  });

  it('reads label and value cells printed pair after pair on one row', () => {
    const spec = parseSpec(
      lines(
        '# Science Data Administrator',
        '',
        'Position\t60035046\tSalary Grade\tDT07',
        '',
        '## Description of Work',
        'Supports scientific software.',
      ),
    );
    expect(spec.grade).toBe('DT07');
  });

  it("takes the first marked line below the job site's own name as the title", () => {
    const spec = parseSpec(
      lines(
        '# Job Opportunities',
        '## Jobs',
        'Jobs',
        'Applying for a job',
        '',
        '## Museum of Zoology - Collections Assistant (Fixed Term)',
        '',
        'The museum invites applications for a collections assistant.',
      ),
    );
    expect(spec.title).toBe('Museum of Zoology - Collections Assistant (Fixed Term)');
  });

  it("ends a position description's duty paragraphs where the knowledge the work requires begins, with a warning", () => {
    const spec = parseSpec(
      lines(
        'Digital Services Expert GS-0301-15',
        '',
        'MAJOR DUTIES:',
        'The incumbent champions modern technology practices.',
        '',
        'Incumbent collaboratively develops and tests services.',
        '',
        'Mastery of using technologies to deliver services to consumers.',
        '',
        'The incumbent works under the general direction of the chief technology officer.',
      ),
    );
    expect(spec.duties.map((duty) => duty.text)).toEqual([
      'The incumbent champions modern technology practices.',
      'Incumbent collaboratively develops and tests services.',
    ]);
    expect(spec.warnings.map((warning) => warning.code)).toContain('duties-end-by-shape');
  });

  it('reads a question standing alone over a paragraph as a sub-heading, not one over a yes-or-no value', () => {
    const spec = parseSpec(
      lines(
        'DUTIES:',
        '',
        '• Curates specimens.',
        '',
        'Why should I apply?',
        '',
        'The state offers generous benefits to its employees.',
        '',
        'Internal Posting?',
        '',
        'No',
      ),
    );
    expect(spec.sections.map((section) => section.heading)).toEqual(['DUTIES:', 'Why should I apply?']);
  });
});
