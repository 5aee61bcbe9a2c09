import { describe, expect, it } from 'vitest';
import { markDisplayLines } from '../../../../../shared/extract/pdf/displayLines';
import type { PdfLine } from '../../../../../shared/extract/pdf/pdfTypes';

const line = (text: string, y: number, fontSize = 10, page = 0): PdfLine => ({ text, x: 72, y, fontSize, page });
const body = (y: number, page = 0): PdfLine =>
  line('Plans and directs the daily work of the collection staff and its volunteers.', y, 10, page);
const texts = (pages: PdfLine[][]): string[] => pages.flat().map((each) => each.text);

describe('markDisplayLines', () => {
  it('marks the one largest line as the title, joining its wrapped lines, and other large lines as headings', () => {
    const pages = [
      [
        line('RESEARCH MUSEUM COLLECTION', 700, 30),
        line('SPECIALIST', 667, 30),
        line('How to Apply', 620, 24),
        body(600),
        body(588),
        line('Responsibilities*', 560, 24),
        body(540),
      ],
      [line('Job Detail', 700, 21), body(680, 1), body(668, 1)],
    ];
    expect(texts(markDisplayLines(pages))).toEqual([
      '# RESEARCH MUSEUM COLLECTION SPECIALIST',
      '## How to Apply',
      body(0).text,
      body(0).text,
      '## Responsibilities*',
      body(0).text,
      '## Job Detail',
      body(0).text,
      body(0).text,
    ]);
  });

  it('leaves a large sentence, a line ending like prose and a document set in one size unmarked', () => {
    const sentence = [
      [
        line('Become a founding member of the digital service team', 700, 18),
        body(680),
        body(668),
        line('Two large headings here', 640, 18),
        body(620),
      ],
    ];
    expect(texts(markDisplayLines(sentence))).toEqual([
      'Become a founding member of the digital service team',
      body(0).text,
      body(0).text,
      '## Two large headings here',
      body(0).text,
    ]);
    const plain = [[line('DUTIES', 700), body(688)]];
    expect(texts(markDisplayLines(plain))).toEqual(['DUTIES', body(0).text]);
  });

  it('drops icon glyph cells printed beside a heading and marks no title when two lines share the largest size', () => {
    const pages = [
      [line('Careers at UA', 720, 30), line('Entomology Collections Manager\t!', 640, 30), body(610), body(598)],
    ];
    expect(texts(markDisplayLines(pages))).toEqual([
      '## Careers at UA',
      '## Entomology Collections Manager',
      body(0).text,
      body(0).text,
    ]);
  });
});
