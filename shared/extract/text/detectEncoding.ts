import { decodeLegacyCounted, isLegacyEncoding, withoutReplacements, type CountedText } from './legacyDecoder';
import { decodeWithLabel } from './textDecoder';

export type DecodedText = Readonly<{ text: string; encoding: string; warnings: readonly string[] }>;

const SAMPLE = 8192;

/** BOM-less UTF-16 shows up as NULs in every other byte (ASCII text), on one parity only. */
export function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNuls += 1;
    if (bytes[index + 1] === 0) oddNuls += 1;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The analyst hears about characters that no detected encoding could decode, instead of losing them silently. */
function decoded(counted: CountedText, encoding: string, warnings: readonly string[] = []): DecodedText {
  const { text, undecodable } = counted;
  if (undecodable === 0) return { text, encoding, warnings };
  const lost = `${undecodable} character${undecodable === 1 ? '' : 's'} could not be decoded (as ${encoding}) and ${undecodable === 1 ? 'was' : 'were'} left out`;
  return { text, encoding, warnings: [...warnings, lost] };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): DecodedText {
  const body = bytes.subarray(skip, skip + ((bytes.length - skip) & ~1));
  const warnings =
    body.length !== bytes.length - skip ? ['the last byte of the UTF-16 text was incomplete and was dropped'] : [];
  return decoded(withoutReplacements(decodeWithLabel(body, encoding, false) ?? ''), encoding, warnings);
}

const windows1252 = (bytes: Uint8Array, warnings: readonly string[] = []): DecodedText =>
  decoded(decodeLegacyCounted(bytes, 'windows-1252'), 'windows-1252', warnings);

/**
 * Bytes → text for plain-text formats: BOMs first, then BOM-less UTF-16, then strict UTF-8,
 * and Windows-1252 for everything else (what Word and Notepad wrote for decades).
 * `declared` is an encoding the document names for itself (HTML meta charset), tried after BOMs.
 */
export function decodeTextBytes(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeWithLabel(bytes.subarray(3), 'utf-8', true);
    if (text !== null) return { text, encoding: 'utf-8', warnings: [] };
    return windows1252(bytes.subarray(3), ['the file starts like UTF-8 but is not valid UTF-8; read as Windows-1252']);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 2);
  const nulPattern = utf16ByNulPattern(bytes);
  if (nulPattern) return decodeUtf16(bytes, nulPattern, 0);
  const declaredText = declared ? decodeDeclared(bytes, declared) : null;
  if (declaredText) return declaredText;
  const utf8 = decodeWithLabel(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings: [] };
  return windows1252(bytes);
}

// WHATWG (and so every browser) reads these labels as Windows-1252, whatever they literally name.
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'latin1',
  'iso-8859-1',
  'iso8859-1',
  'us-ascii',
  'ascii',
  'x-cp1252',
  'l1',
]);

function decodeDeclared(bytes: Uint8Array, declared: string): DecodedText | null {
  const label = declared.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(label)) return windows1252(bytes);
  if (label === 'utf-8' || label === 'utf8') return null; // strict UTF-8 with fallback follows anyway
  if (isLegacyEncoding(label)) return decoded(decodeLegacyCounted(bytes, label), label);
  const text = decodeWithLabel(bytes, label, true);
  return text === null ? null : { text, encoding: label, warnings: [] };
}
