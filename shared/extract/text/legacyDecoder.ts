import iconv from 'iconv-lite';

// Legacy single- and multi-byte encodings go through iconv-lite: Node's own 'latin1' decoding is
// wrong for Windows-1252's 0x80–0x9F (smart quotes, dashes), and iconv-lite also covers charsets
// that HTML pages declare (ISO-8859-x, KOI8-R, Shift_JIS, …). In the browser build it runs on the
// `buffer` package, which Vite bundles for its safer-buffer dependency.

/** True when iconv-lite knows the label (e.g. "windows-1252", "cp1252", "iso-8859-2", "shift_jis"). */
export function isLegacyEncoding(label: string): boolean {
  return iconv.encodingExists(label);
}

export type CountedText = Readonly<{ text: string; undecodable: number }>;

/** Drops U+FFFD (what a decoder yields for bytes it cannot map) and counts how many there were. */
export function withoutReplacements(decoded: string): CountedText {
  if (!decoded.includes('\uFFFD')) return { text: decoded, undecodable: 0 };
  let undecodable = 0;
  const text = decoded.replace(/\uFFFD/g, () => {
    undecodable += 1;
    return '';
  });
  return { text, undecodable };
}

/**
 * Decodes bytes in a legacy encoding. Bytes the encoding leaves undefined (Windows-1252's 0x81,
 * 0x8D, 0x8F, 0x90, 0x9D; invalid Shift_JIS sequences) are left out and counted, so the caller can
 * tell the analyst instead of storing replacement characters.
 */
export function decodeLegacyCounted(bytes: Uint8Array, label: string): CountedText {
  return withoutReplacements(iconv.decode(bytes, label, { stripBOM: false }));
}

export function decodeLegacy(bytes: Uint8Array, label: string): string {
  return decodeLegacyCounted(bytes, label).text;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeLegacy(bytes, 'windows-1252');
}
