import { describe, expect, it } from 'vitest';
import {
  formatSummary,
  readGoldLines,
  scoreFields,
  summarize,
  type GoldRecord,
  type ParsedFields,
} from '../../../../shared/parseEval';

const gold: GoldRecord = {
  file: 'analyst.md',
  title: 'Policy Analyst',
  code: '0420',
  grade: '$50,000 - $60,000',
  duty_count: 2,
  first_duty: 'Drafts briefing notes for the minister and the deputy minister’s office',
  last_duty: 'Leads consultations.',
  section_headings: ['Duties:', 'Qualifications', 'Qualifications'],
  experience_years: 2,
};

const parsed: ParsedFields = {
  title: '**Policy  analyst**',
  code: '420',
  grade: null,
  salaryRange: '$50,000–$60,000 a year',
  duties: [
    { text: "Drafts briefing notes for the minister and the deputy minister's office, weekly." },
    { text: 'Leads consultations. Weekly.' },
  ],
  sections: [{ heading: 'DUTIES' }, { heading: 'Qualifications' }, { heading: 'Benefits' }],
  experienceYears: 2,
};

describe('field scores as the corpus scorer gives them', () => {
  it('compares case-folded, markup-free text, codes without leading zeros, pay by its numbers, duties by their first 40 characters', () => {
    expect(scoreFields(gold, parsed)).toEqual({
      title: 1,
      code: 1,
      grade: 1,
      duty_count: 1,
      first_duty: 1,
      last_duty: 1,
      sections: 2 / 3, // 2 headings in common: precision 2/3, recall 2/3
      experience_years: 1,
    });
  });

  it('counts alternatives the gold allows and nothing else', () => {
    const wrong = scoreFields(
      { ...gold, alt: { title: ['Analyst'], duty_count: [3] } },
      { ...parsed, title: 'Analyst', duties: [...parsed.duties, { text: 'x' }], experienceYears: 3 },
    );
    expect(wrong).toMatchObject({ title: 1, duty_count: 1, last_duty: 0, experience_years: 0 });
  });

  it('gives no credit for first and last duty when no duties were found', () => {
    expect(
      scoreFields({ ...gold, duty_count: 0, first_duty: null, last_duty: null }, { ...parsed, duties: [] }),
    ).toMatchObject({ duty_count: 1, first_duty: 0, last_duty: 0 });
  });
});

describe('gold files and the summary', () => {
  it('reports a line that is not a record by its number', () => {
    const reading = readGoldLines(`${JSON.stringify(gold)}\n\nnot json\n{"file": "x"}\n`);
    expect(reading.records).toHaveLength(1);
    expect(reading.problems.map((problem) => problem.split(':')[0])).toEqual(['line 3', 'line 4']);
  });

  it('averages every field over the documents, a failed document counting as wrong everywhere', () => {
    const summary = summarize([
      { file: 'a.md', scores: scoreFields(gold, parsed) },
      { file: 'b.pdf', failure: 'the file is empty' },
    ]);
    expect(summary.fields.title).toBe(0.5);
    expect(summary.overall).toBeCloseTo((7 + 2 / 3) / 16);
    expect(summary.problems).toEqual(['a.md: wrong sections', 'b.pdf: the file is empty']);
    expect(formatSummary(summary, 0.9).split('\n').at(-1)).toBe('field accuracy 47.9% over 2 documents (need 90%)');
  });
});
