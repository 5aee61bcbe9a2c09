import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { buildComparisonReport } from '../../../../shared/report/comparisonReport';
import { renderComparisonHtml } from '../../../../shared/report/renderComparisonHtml';
import { dutiesA, dutiesB, makeComparison } from './comparisonFixture';

const span = (index: number) => ({ start: index * 100, end: index * 100 + 60 });
const annotation = (start: number, end: number, quote: string, note: string, tags: string[] = []) => ({
  start,
  end,
  quote,
  note,
  tags,
});

function reportWith(differencesOnly = false) {
  return buildComparisonReport({
    comparison: makeComparison(),
    dutiesA,
    dutiesB,
    notes: [{ rowKey: 'duty:2:-', text: 'Row note on A3' }],
    differencesOnly,
    generatedOn: '2 December 2026',
    annotations: {
      a: {
        dutySpans: [0, 1, 2, 3].map(span),
        annotations: [
          annotation(210, 230, 'A3 words', 'union disputes this'),
          annotation(5, 20, 'A1 words', 'sets it apart', ['distinguishing']),
          annotation(900, 950, 'In the summary', 'outside duties'),
        ],
      },
      b: {
        dutySpans: [0, 1, 2, 3].map(span),
        annotations: [annotation(320, 340, 'B4 words', '<script>alert(1)</script>')],
      },
    },
  });
}

describe('annotations in the comparison printout', () => {
  it('numbers annotations with the row notes in print order, on the row of the duty they sit on', () => {
    const report = reportWith();
    expect(report.footnotes.map((note) => [note.number, note.place, note.text])).toEqual([
      [1, 'Duty A1 ↔ B1', 'Annotation on A: “A1 words” — sets it apart (tags: distinguishing)'],
      [2, 'Duty A3', 'Row note on A3'],
      [3, 'Duty A3', 'Annotation on A: “A3 words” — union disputes this'],
      [4, 'Duty B4', 'Annotation on B: “B4 words” — <script>alert(1)</script>'],
      [5, 'Class A, elsewhere in the spec', 'Annotation on A: “In the summary” — outside duties'],
    ]);
    expect(report.duties.find((row) => row.numberA === 3)?.noteNumbers).toEqual([2, 3]);
  });

  it('moves an annotation whose row is hidden (differences only) to its side’s row, never losing it', () => {
    const report = reportWith(true);
    expect(report.duties.some((row) => row.numberA === 1)).toBe(false);
    expect(report.footnotes.find((note) => note.text.includes('A1 words'))?.place).toBe(
      'Class A, elsewhere in the spec',
    );
    expect(report.footnotes).toHaveLength(5);
  });

  it('prints them as escaped footnotes', () => {
    const html = renderComparisonHtml(reportWith());
    const tags: string[] = [];
    new Parser({ onopentag: (name) => tags.push(name) }).end(html);
    expect(tags).not.toContain('script');
    expect(html).toContain('Annotation on B: “B4 words” — &lt;script&gt;');
    expect(html).toContain('id="note-5"');
  });
});
