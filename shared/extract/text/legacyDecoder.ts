import iconv from 'iconv-lite';

// Legacy single- and multi-byte encodings go through iconv-lite: Node's own 'latin1' decoding is
// wrong for Windows-1252's 0x80–0x9F (smart quotes, dashes), and iconv-lite also covers charsets
// that HTML pages declare (ISO-8859-x, KOI8-R, Shift_JIS, …). In the browser build it runs on the
// `buffer` package, which Vite bundles for its safer-buffer dependency.

/** True when iconv-lite knows the label (e.g. "windows-1252", "cp1252", "iso-8859-2", "shift_jis"). */
export function isLegacyEncoding(label: string): boolean {
  return iconv.encodingExists(label);
}

/**
 * Decodes bytes in a legacy encoding. Bytes the encoding leaves undefined (Windows-1252's 0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) become their C1 control of the same value instead of U+FFFD, so the
 * text normalizer strips them rather than storing replacement characters.
 */
export function decodeLegacy(bytes: Uint8Array, label: string): string {
  return iconv.decode(bytes, label, { stripBOM: false }).replace(/\uFFFD/g, '');
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeLegacy(bytes, 'windows-1252');
}
