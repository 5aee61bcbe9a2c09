import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { renderStudyDocx } from '../../../../shared/studyDocx';
import { buildStudyReport } from '../../../../shared/studyReport';
import { seedMaterials } from '../study/studyFixture';

it('writes a Word document that reads back with every section, both classes, versions, dates and the footnotes', async () => {
  const materials = seedMaterials();
  const bytes = await renderStudyDocx(buildStudyReport(materials, 'November 5, 2026'));
  const { value: text } = await mammoth.extractRawText({
    buffer: Buffer.from(bytes),
  });
  const headings = [
    '1. Request',
    '2. Materials reviewed',
    '3. Duties of the position',
    '4. Comparison with the candidate classes',
    '5. Rationale',
    '6. Recommendation',
  ];
  const positions = headings.map((heading) => text.indexOf(heading));
  expect(
    positions.every((position, index) => position >= 0 && (index === 0 || position > (positions[index - 1] ?? 0))),
  ).toBe(true);
  for (const expected of [
    'CUSTOMER SERVICE REPRESENTATIVE II',
    'CUSTOMER SERVICE SUPERVISOR',
    'December 1994',
    'July 2019',
    'RC-2026-014',
    'Non-exempt',
    '2026-12-01',
    materials.specs[1]?.id ?? '',
  ]) {
    expect(text).toContain(expected);
  }
  const { value: html } = await mammoth.convertToHtml({
    buffer: Buffer.from(bytes),
  });
  expect(html).toMatch(/<a href="#footnote-1" id="footnote-ref-1">\[1\]<\/a>/u);
  expect(html).toMatch(/<li id="footnote-1">.*Matches the unit of four in the desk audit\./u);
  expect(html).toMatch(/<li id="footnote-3">.*Desk audit on 2026-11-02 confirmed the unit of four\./u);
});
