import { describe, expect, it } from 'vitest';
import { buildCsv, csvField, UTF8_BOM } from '../../../../shared/report/csv';

describe('csvField', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [42, '42'],
    [0.75, '0.75'],
    [null, ''],
    [Number.NaN, ''],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1 555', "'+1 555"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Ünïcödé – “quotes”', 'Ünïcödé – “quotes”'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('buildCsv', () => {
  it('starts with a BOM, puts the header first and ends every record with CRLF', () => {
    const csv = buildCsv({
      name: 'Factors',
      columns: [
        { header: 'Factor', width: 10 },
        { header: 'Level, A', width: 5 },
      ],
      rows: [
        ['Complexity', 3],
        ['Impact', null],
      ],
    });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Factor,"Level, A"\r\nComplexity,3\r\nImpact,\r\n');
  });
});
