import { describe, expect, it } from 'vitest';
import { buildLines } from '../../../../../shared/extract/pdf/buildLines';
import type { PdfTextItem } from '../../../../../shared/extract/pdf/pdfTypes';

const item = (text: string, x: number, y: number, width = text.length * 5): PdfTextItem => ({
  text,
  x,
  y,
  width,
  fontSize: 10,
});

describe('buildLines', () => {
  it('orders runs top to bottom and left to right, tolerating small baseline shifts', () => {
    const lines = buildLines({
      index: 0,
      items: [item('second', 72, 686), item('world', 110, 700.5), item('hello', 72, 700, 30)],
    });
    expect(lines.map((line) => line.text)).toEqual(['hello world', 'second']);
  });

  it('joins runs without a gap into one word and puts a TAB across a column gap', () => {
    const lines = buildLines({
      index: 0,
      items: [item('Super', 72, 700, 25), item('vision', 97, 700, 30), item('40%', 460, 700)],
    });
    expect(lines[0]?.text).toBe('Supervision\t40%');
  });

  it('keeps a bullet or number marker on its item with a space, not a TAB', () => {
    const lines = buildLines({ index: 0, items: [item('1.', 72, 700, 8), item('Reviews claims', 120, 700)] });
    expect(lines[0]?.text).toBe('1. Reviews claims');
  });

  it('puts a TAB across a narrower gap where other rows of the page start a column, a space elsewhere', () => {
    const rows = [
      [item('Job Title', 66, 700, 37), item('Collections Manager', 192, 700)],
      [item('Salary', 66, 680, 27), item('$32,957-$38,752', 192, 680)],
      [item('Typical Duties/Job Duties', 66, 660, 109), item('Operational management', 192, 660)],
      [item('Plans the work of the', 66, 640, 100), item('collection', 182, 640)],
    ];
    const lines = buildLines({ index: 0, items: rows.flat() });
    expect(lines.map((line) => line.text)).toEqual([
      'Job Title\tCollections Manager',
      'Salary\t$32,957-$38,752',
      'Typical Duties/Job Duties\tOperational management',
      'Plans the work of the collection',
    ]);
  });
});
