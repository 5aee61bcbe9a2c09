import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../../../../../shared/extract/pdf/pageFurniture';
import type { PdfLine } from '../../../../../shared/extract/pdf/pdfTypes';

const line = (text: string, y: number, page: number): PdfLine => ({ text, x: 72, y, fontSize: 10, page });

function page(index: number, body: readonly string[], header?: string, footer?: string): PdfLine[] {
  return [
    ...(header ? [line(header, 760, index)] : []),
    ...body.map((text, at) => line(text, 700 - at * 14, index)),
    ...(footer ? [line(footer, 30, index)] : []),
  ];
}

const texts = (pages: readonly (readonly PdfLine[])[]) => pages.map((lines) => lines.map((each) => each.text));

describe('dropPageFurniture', () => {
  it('drops a running header and numbered footers repeated on every page', () => {
    const pages = [1, 2, 3].map((number) =>
      page(number - 1, [`Body ${number}`, 'more'], 'City of Example – Class Specification', `Revised 2024 | ${number}`),
    );
    expect(texts(dropPageFurniture(pages))).toEqual([
      ['Body 1', 'more'],
      ['Body 2', 'more'],
      ['Body 3', 'more'],
    ]);
  });

  it.each(['Page 2 of 3', '- 2 -', '2', 'Page 2', '2 / 3'])(
    'drops the page number "%s" even on a single page',
    (footer) => {
      expect(texts(dropPageFurniture([page(0, ['Duties', 'Reviews claims.'], undefined, footer)]))).toEqual([
        ['Duties', 'Reviews claims.'],
      ]);
    },
  );

  it('keeps body lines that repeat but not at the top or bottom, and a header seen on one page only', () => {
    const body = ['Title line', 'Performs related duties as assigned.', 'x', 'y', 'z', 'w', 'v', 'u'];
    const pages = [page(0, body, 'Only here'), page(1, body)];
    expect(texts(dropPageFurniture(pages))[0]).toContain('Only here');
    expect(texts(dropPageFurniture(pages))[1]).toContain('x');
  });
});
