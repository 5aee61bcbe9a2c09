import { extractError } from '../errors';
import { decodeTextBytes } from '../text/detectEncoding';
import { identityMapped } from '../text/mappedText';
import { cleanExtractedText } from '../text/cleanExtractedText';
import type { ExtractOutcome } from '../types';
import { htmlToText } from './htmlToText';

const DECLARED_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

/** The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 4096);
  let ascii = '';
  for (const byte of head) ascii += byte < 0x80 ? String.fromCharCode(byte) : ' ';
  return DECLARED_CHARSET.exec(ascii)?.[1];
}

export function extractHtml(bytes: Uint8Array): ExtractOutcome {
  const decoded = decodeTextBytes(bytes, declaredCharset(bytes));
  const text = cleanExtractedText(identityMapped(htmlToText(decoded.text))).text;
  if (text.length === 0) return { ok: false, error: extractError('empty', 'the page has no text in its body') };
  return { ok: true, document: { format: 'html', text, encoding: decoded.encoding, warnings: decoded.warnings } };
}
