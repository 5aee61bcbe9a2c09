import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from '../../../../../shared/extract/text/detectEncoding';
import { decodeLegacy, decodeWindows1252 } from '../../../../../shared/extract/text/legacyDecoder';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Uint8Array => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let index = 0; index < units.length; index += 1) {
    const code = units.charCodeAt(index);
    bytes[index * 2 + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[index * 2 + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
};

const sample = 'Supervises “senior” staff – employee’s café duties';

describe('decodeTextBytes', () => {
  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(sample), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(sample, 'le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(sample, 'be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(sample, 'le', false), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16(sample, 'be', false), 'utf-16be'],
  ])('%s reads back the exact text', (_name, bytes, encoding) => {
    const decoded = decodeTextBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(sample);
  });

  it('reads Windows-1252 smart quotes and dashes as the characters Word meant', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('A '),
      0x93,
      0x71,
      0x94,
      0x20,
      0x96,
      0x20,
      0x69,
      0x92,
      0x73,
      0x20,
      0xe9,
    ]);
    const decoded = decodeTextBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('A “q” – i’s é');
    expect(decoded.text).not.toMatch(/[\uFFFD\u0000]/);
  });

  it('honours a declared charset when the bytes have no BOM', () => {
    expect(decodeTextBytes(new Uint8Array([0x93, 0x41, 0x94]), 'iso-8859-1').text).toBe('“A”');
  });

  it('warns how many characters no detected encoding could decode instead of dropping them silently', () => {
    // Not UTF-8 (0x93), so read as Windows-1252, where 0x81 and 0x9D are undefined.
    const decoded = decodeTextBytes(Uint8Array.from([0x93, 0x41, 0x94, 0x81, 0x42, 0x9d]));
    expect(decoded.text).toBe('“A”B');
    expect(decoded.warnings).toEqual(['2 characters could not be decoded (as windows-1252) and were left out']);
  });

  it("counts a declared multi-byte charset's invalid sequences and UTF-16 lone surrogates too", () => {
    expect(decodeTextBytes(Uint8Array.from([0x41, 0x82, 0xa0, 0xff, 0x42]), 'shift_jis').warnings).toEqual([
      '1 character could not be decoded (as shift_jis) and was left out',
    ]);
    const loneSurrogate = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    expect(decodeTextBytes(loneSurrogate)).toMatchObject({
      text: 'AB',
      warnings: ['1 character could not be decoded (as utf-16le) and was left out'],
    });
  });

  it('adds no warning when every byte decodes', () => {
    expect(decodeTextBytes(new TextEncoder().encode('Café – naïve')).warnings).toEqual([]);
  });
});

describe('decodeWindows1252', () => {
  const undefinedBytes = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

  it('decodes Word smart punctuation, which Latin-1 gets wrong', () => {
    expect(decodeWindows1252(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x92]))).toBe('“A” – ’');
  });

  it('decodes other legacy charsets an HTML page may declare', () => {
    expect(decodeLegacy(Uint8Array.from([0xa3, 0xf3, 0x64, 0xbc]), 'iso-8859-2')).toBe('Łódź');
  });

  it('never produces U+FFFD, even for the five undefined bytes', () => {
    expect(decodeWindows1252(Uint8Array.from(undefinedBytes))).not.toContain('\uFFFD');
  });
});
