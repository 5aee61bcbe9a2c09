import { describe, expect, it } from 'vitest';
import { restoreLigatures } from '../../../../../shared/extract/pdf/ligatures';
import type { PdfLine } from '../../../../../shared/extract/pdf/pdfTypes';

const line = (text: string, page = 0): PdfLine => ({ text, x: 72, y: 700, fontSize: 10, page });
const texts = (pages: PdfLine[][]): string[] => pages.flat().map((each) => each.text);

describe('restoreLigatures', () => {
  it('reads a NUL inside or at the edge of a word as the ligature that makes a word the document prints in full', () => {
    const pages = [
      [line('Required Quali\u0000cations'), line('the \u0000eld work'), line('full-time sta\u0000 and e\u0000ort')],
      [line('staff effort field', 1)],
    ];
    expect(texts(restoreLigatures(pages))).toEqual([
      'Required Qualifications',
      'the field work',
      'full-time staff and effort',
      'staff effort field',
    ]);
  });

  it('falls back to "fi" for words printed nowhere else, and leaves a NUL with no letter beside it alone', () => {
    const pages = [[line('the position is \u0000lled'), line('a \u0000 b')]];
    expect(texts(restoreLigatures(pages))).toEqual(['the position is filled', 'a \u0000 b']);
  });

  it('returns the lines unchanged when no glyph was lost', () => {
    const pages = [[line('Duties and responsibilities')]];
    expect(texts(restoreLigatures(pages))).toEqual(['Duties and responsibilities']);
  });
});
