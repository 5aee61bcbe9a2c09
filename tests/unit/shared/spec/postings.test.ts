import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';

const lines = (...rows: string[]) => rows.join('\n');

describe('job postings and job profiles', () => {
  it('reads "<title> job description" as the title, not a section', () => {
    const spec = parseSpec(lines('**Programme Delivery Manager job description**', '', '**The main responsibilities of the post are:**', '', '• Plan the programme', '• Report progress'));
    expect(spec.title).toBe('Programme Delivery Manager');
    expect(spec.sections.map((section) => section.heading)).toEqual(['The main responsibilities of the post are:']);
    expect(spec.duties.map((duty) => duty.text)).toEqual(['Plan the programme', 'Report progress']);
  });

  it('takes a leading "# Title" as the title even when a word of it is a section word', () => {
    expect(parseSpec(lines('# Senior Application Security Developer', '', '## You will', '', '- review code')).title).toBe('Senior Application Security Developer');
  });

  it('reads the grade a posting states in prose and the grade of a PAYBAND field', () => {
    expect(parseSpec(lines('# Executive Assistant', '', 'This role is classified as AS-02 in the Administrative Services group.')).grade).toBe('AS-02');
    const gds = parseSpec(lines('POST TITLE:\tWeb Operations', 'PAYBAND:\tA', '', '## DUTIES & RESPONSIBILITIES', '', '* run servers'));
    expect({ title: gds.title, grade: gds.grade }).toEqual({ title: 'Web Operations', grade: 'A' });
  });

  it('counts a paragraph standing before an "also:" line as a duty, but not prose that ends "…include:"', () => {
    const standing = parseSpec(lines('## You will', '', 'As a lead you will drive the direction of our security tools.', '', 'You will also:', '', '- plan releases', '- review code'));
    expect(standing.duties.map((duty) => duty.text)).toEqual(['As a lead you will drive the direction of our security tools.', 'plan releases', 'review code']);
    const introduced = parseSpec(lines('DUTIES:', 'Performs analytical work. Examples of duties include:', '• Reviews claims.', '• Files reports.'));
    expect(introduced.duties.map((duty) => duty.text)).toEqual(['Reviews claims.', 'Files reports.']);
  });

  it('does not take a list the posting addresses to the reader for more duties', () => {
    const spec = parseSpec(lines('# Assistant', '', '## We’re looking for someone who will:', '- Manage calendars', '- Draft letters', '', '## An excellent candidate will:', '- Keep directors on track'));
    expect(spec.duties.map((duty) => duty.text)).toEqual(['Manage calendars', 'Draft letters']);
  });
});
