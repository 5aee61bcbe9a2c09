import type { DocumentFormat } from './types';

/** What the bytes are, judged by their content; the file name only tells Markdown from plain text. */
export type SniffedFormat = DocumentFormat | 'zip' | 'ole';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, index) => bytes[at + index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const HTML_START =
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)/i;
const MARKDOWN_NAME = /\.(md|markdown)$/i;

/** Reads an ASCII-ish prefix for markup detection, skipping a UTF-8 BOM and UTF-16 NULs. */
function leadingText(bytes: Uint8Array, limit: number): string {
  const start = startsWith(bytes, UTF8_BOM) ? 3 : 0;
  let text = '';
  for (let index = start; index < bytes.length && text.length < limit; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte !== 0 && byte !== 0xfe && byte !== 0xff) text += String.fromCharCode(byte);
  }
  return text;
}

// HTML_START needs "<" as the first character that is not white space (\s of one byte: TAB–CR, space, NBSP).
// Checked on the bytes first, so a text file's first kilobyte is not copied into a string only to fail the pattern.
function mayOpenWithMarkup(bytes: Uint8Array): boolean {
  for (let index = startsWith(bytes, UTF8_BOM) ? 3 : 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    const isSkipped = byte === 0 || byte === 0xfe || byte === 0xff;
    const isSpace = byte === 0x20 || byte === 0xa0 || (byte >= 0x09 && byte <= 0x0d);
    if (!isSkipped && !isSpace) return byte === 0x3c;
  }
  return false;
}

export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  // PDF readers accept the header anywhere in the first KB; so do we.
  for (let offset = 0; offset < Math.min(bytes.length, 1024); offset += 1) {
    if (bytes[offset] === 0x25 && startsWith(bytes, PDF, offset)) return 'pdf';
  }
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  if (mayOpenWithMarkup(bytes) && HTML_START.test(leadingText(bytes, 1024))) return 'html';
  return MARKDOWN_NAME.test(fileName) ? 'md' : 'txt';
}
