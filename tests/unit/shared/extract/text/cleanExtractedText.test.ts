import { describe, expect, it } from 'vitest';
import { identityMapped, sourceOf } from '../../../../../shared/extract/text/mappedText';
import { cleanExtractedText } from '../../../../../shared/extract/text/cleanExtractedText';

describe('cleanExtractedText', () => {
  it.each([
    ['CRLF and lone CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['NUL and U+FFFD are removed', 'du\u0000ty\uFFFD', 'duty'],
    ['decomposed accents are composed (NFC)', 'cafe\u0301', 'café'],
    ['runs of blank lines become one blank line', 'a\n\n \n\n\nb', 'a\n\nb'],
    ['trailing spaces and edge blank lines go', '\n\n  title  \nbody \n\n', '  title\nbody'],
    ['no-break spaces become spaces', 'Grade\u00A018', 'Grade 18'],
    ['Symbol-font bullets become •', '\uF0B7\tFiles records', '• Files records'],
    ['a Word HTML "·" bullet becomes •', '·\u00A0\u00A0\u00A0 Files records\nA · B', '• Files records\nA · B'],
    [
      'an icon-font glyph opening a line becomes •, one inside a line stays',
      '\uF111 Growth of the collection\nSee \uE001 here',
      '• Growth of the collection\nSee \uE001 here',
    ],
  ])('%s', (_name, input, expected) => {
    expect(cleanExtractedText(identityMapped(input)).text).toBe(expected);
  });

  it('maps every normalized offset back to the same character in the source', () => {
    const source = 'TITLE\r\n\r\n\r\nDuties:\u0000\r\n• Reviews cafe\u0301 reports\r\n';
    const { text, runs } = cleanExtractedText(identityMapped(source));
    for (const word of ['TITLE', 'Duties:', 'Reviews', 'reports']) {
      const at = text.indexOf(word);
      const origin = sourceOf(runs, at).sourceStart;
      expect(source.slice(origin, origin + word.length)).toBe(word);
    }
    const accented = sourceOf(runs, text.indexOf('café')).sourceStart;
    expect(source.slice(accented, accented + 4)).toBe('cafe');
  });
});
