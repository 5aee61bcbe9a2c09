import { describe, expect, it } from 'vitest';
import { buildStudyReport, renderStudyHtml } from '../../../../shared/studyReport';
import { seedMaterials } from '../study/studyFixture';

const materials = seedMaterials();
const report = buildStudyReport(materials, 'November 5, 2026');

describe('study report', () => {
  it('lists every document with employer, code, version, dates, source file and hash', () => {
    expect(report.materials.map((row) => [row.role, row.title, row.version])).toEqual([
      ['Position description', 'Customer Service Representative II (position 40117)', 'typed'],
      ['Candidate (current class)', 'CUSTOMER SERVICE REPRESENTATIVE II', '1'],
      ['Candidate (requested class, recommended)', 'CUSTOMER SERVICE SUPERVISOR', '2'],
      ['Candidate', materials.specs[2]?.spec.title, '1'],
    ]);
    const supervisor = report.materials[2];
    expect([
      supervisor?.employer,
      supervisor?.code,
      supervisor?.effective,
      supervisor?.revised,
      supervisor?.hash,
    ]).toEqual(['CITY OF HOUSTON', '886.7', 'December 1994', 'July 2019', materials.specs[1]?.id]);
  });

  it('gives the position’s duties with percent of time adding up to 100%', () => {
    expect(report.duties.map((duty) => duty.percentTime)).toEqual(['30%', '20%', '35%', '15%']);
    expect(report.totalTime).toBe('100%');
  });

  it('compares the position with each candidate: coverage, factors, every position duty with its partner and reason', () => {
    expect(report.candidates.map((section) => section.title)).toEqual(
      report.overview.columns.map((column) => column.title),
    );
    const supervisor = report.candidates[1];
    expect(supervisor?.factors.map((row) => row.name)).toContain('Supervision exercised');
    expect(supervisor?.pairs.map((row) => row.subjectNumber)).toEqual([1, 2, 3, 4]);
    expect(supervisor?.pairs[0]?.candidateText).toMatch(/^Supervises, coordinates, trains/u);
    for (const row of supervisor?.pairs ?? []) expect(row.reason.length).toBeGreaterThan(0);
    expect(report.overview.bestFit).toBe('CUSTOMER SERVICE SUPERVISOR');
  });

  it('numbers annotations, comparison notes and the analyst’s notes as footnotes in print order', () => {
    expect(report.footnotes.map((note) => note.text)).toEqual([
      'Matches the unit of four in the desk audit.',
      'The class allows a lead role only.',
      'Desk audit on 2026-11-02 confirmed the unit of four.',
    ]);
    expect(report.materials[2]?.noteNumbers).toEqual([1]);
    expect(report.candidates[0]?.factors.find((row) => row.name === 'Supervision exercised')?.noteNumbers).toEqual([2]);
    expect(report.rationaleNotes).toEqual([3]);
  });

  it('states the recommendation with grade, FLSA status, effective date and confidence', () => {
    expect(Object.fromEntries(report.recommendation)).toMatchObject({
      'Recommended class': 'CUSTOMER SERVICE SUPERVISOR',
      Grade: '18',
      'FLSA status': 'Non-exempt',
      'Effective date': '2026-12-01',
      Confidence: 'High',
    });
  });

  it('renders a standalone document with the sections in order and the case, preparer and page count on every page', () => {
    const html = renderStudyHtml(report);
    const order = [
      '1. Request',
      '2. Materials reviewed',
      '3. Duties of the position',
      '4. Comparison with the candidate classes',
      '5. Rationale',
      '6. Recommendation',
      'Notes',
    ].map((heading) => html.indexOf(`<h2>${heading}`));
    expect(order.every((position, index) => position > 0 && (index === 0 || position > (order[index - 1] ?? 0)))).toBe(
      true,
    );
    expect(html).toContain('counter(pages)');
    expect(html).toContain('@bottom-left { content: "Prepared by A');
    expect(html).toContain('@top-left { content: "Case RC');
    expect(html).not.toMatch(/<script/iu);
  });

  it('escapes study text: a typed duty cannot inject markup', () => {
    const hostile = seedMaterials();
    const subject =
      hostile.study.subject.kind === 'typed'
        ? {
            ...hostile.study.subject,
            duties: [
              {
                text: '<img src=x onerror=alert(1)> Answers calls',
                percentTime: 100,
              },
            ],
          }
        : hostile.study.subject;
    const html = renderStudyHtml(buildStudyReport({ ...hostile, study: { ...hostile.study, subject } }, 'today'));
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Answers calls');
  });
});
