// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where Word's smart quotes and dashes live
// (0x93/0x94 “ ”, 0x92 ’, 0x96 –). The five bytes Windows leaves undefined decode to the C1 control
// of the same value, as browsers and iconv-lite do; normalizeText never sees them in real text.
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const CHUNK = 8192;

/** Decodes Windows-1252 from plain bytes (no Buffer, so it runs in a browser worker as well as in Node). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(CHUNK, bytes.length));
  for (let chunkStart = 0; chunkStart < bytes.length; chunkStart += CHUNK) {
    const chunkEnd = Math.min(bytes.length, chunkStart + CHUNK);
    codes.length = chunkEnd - chunkStart;
    for (let index = chunkStart; index < chunkEnd; index += 1) {
      const byte = bytes[index] ?? 0;
      codes[index - chunkStart] = byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] ?? byte) : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
