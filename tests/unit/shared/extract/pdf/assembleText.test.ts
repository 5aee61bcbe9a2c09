import { describe, expect, it } from 'vitest';
import { assembleText } from '../../../../../shared/extract/pdf/assembleText';
import type { PdfLine } from '../../../../../shared/extract/pdf/pdfTypes';
import { sourceOf } from '../../../../../shared/extract/text/mappedText';

/** Lines of one page at the given baselines (12 pt apart is the usual pitch here). */
const page = (index: number, lines: readonly (readonly [string, number])[]): PdfLine[] =>
  lines.map(([text, y]) => ({ text, x: 72, y, fontSize: 10, page: index }));

describe('assembleText', () => {
  it('keeps wrapped lines together and leaves a blank line where the gap is clearly larger', () => {
    const { text } = assembleText([page(0, [['DUTIES:', 700], ['• Reviews claims and', 676], ['approves refunds.', 664], ['• Trains staff.', 652], ['QUALIFICATIONS:', 628]])]);
    expect(text).toBe('DUTIES:\n\n• Reviews claims and\napproves refunds.\n• Trains staff.\n\nQUALIFICATIONS:');
  });

  it('continues a sentence across a page break and joins a word hyphenated there', () => {
    const pages = [page(0, [['Plans the work of the section and assists in manage-', 100]]), page(1, [['ment of its budget.', 700], ['Next line.', 688]])];
    expect(assembleText(pages).text).toBe('Plans the work of the section and assists in management\nof its budget.\nNext line.');
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
});
