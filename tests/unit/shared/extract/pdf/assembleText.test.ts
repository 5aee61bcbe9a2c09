import { describe, expect, it } from 'vitest';
import { assembleText } from '../../../../../shared/extract/pdf/assembleText';
import type { PdfLine } from '../../../../../shared/extract/pdf/pdfTypes';
import { sourceOf } from '../../../../../shared/extract/text/mappedText';

/** Lines of one page at the given baselines (12 pt apart is the usual pitch here). */
const page = (index: number, lines: readonly (readonly [string, number])[]): PdfLine[] =>
  lines.map(([text, y]) => ({ text, x: 72, y, fontSize: 10, page: index }));

describe('assembleText', () => {
  it('keeps wrapped lines together and leaves a blank line where the gap is clearly larger', () => {
    const { text } = assembleText([
      page(0, [
        ['DUTIES:', 700],
        ['• Reviews claims and', 676],
        ['approves refunds.', 664],
        ['• Trains staff.', 652],
        ['QUALIFICATIONS:', 628],
      ]),
    ]);
    expect(text).toBe('DUTIES:\n\n• Reviews claims and\napproves refunds.\n• Trains staff.\n\nQUALIFICATIONS:');
  });

  it('continues a sentence across a page break and joins a word hyphenated there', () => {
    const pages = [
      page(0, [['Plans the work of the section and assists in manage-', 100]]),
      page(1, [
        ['ment of its budget.', 700],
        ['Next line.', 688],
      ]),
    ];
    expect(assembleText(pages).text).toBe(
      'Plans the work of the section and assists in management\nof its budget.\nNext line.',
    );
  });

  it('starts a new paragraph after a page that ended a sentence when the next page opens a block', () => {
    const pages = [page(0, [['Ends here.', 100]]), page(1, [['EXPERIENCE:', 700]])];
    expect(assembleText(pages).text).toBe('Ends here.\n\nEXPERIENCE:');
  });

  it('maps every offset to its page', () => {
    const pages = [page(0, [['First page.', 100]]), page(1, [['Second page.', 700]]), page(2, [['Third page.', 700]])];
    const { text, runs } = assembleText(pages);
    expect(['First', 'Second', 'Third'].map((word) => sourceOf(runs, text.indexOf(word)).page)).toEqual([1, 2, 3]);
  });

  it('starts a paragraph after a sentence that ended well short of the column, where the next word would have fitted', () => {
    const row = (text: string, y: number, right: number): PdfLine => ({ text, x: 72, y, fontSize: 10, page: 0, right });
    const lines = [
      row('Grant and contract solicitation. This requires the ability to work with', 700, 470),
      row('the curator to find grants.', 688, 200),
      row('Loan administration. Specimens are regularly loaned to institutions', 676, 455),
      row('worldwide and the process must be completely accountable to the museum.', 664, 468),
      row('Specimen identification of museum specimens involves taxonomic work.', 652, 460),
    ];
    expect(assembleText([lines]).text).toBe(
      'Grant and contract solicitation. This requires the ability to work with\nthe curator to find grants.\n\nLoan administration. Specimens are regularly loaned to institutions\nworldwide and the process must be completely accountable to the museum.\nSpecimen identification of museum specimens involves taxonomic work.',
    );
  });
});
