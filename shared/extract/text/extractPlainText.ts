import { extractError } from '../errors';
import type { ExtractOutcome } from '../types';
import { decodeTextBytes, utf16ByNulPattern } from './detectEncoding';
import { looksBinary } from './looksBinary';
import { identityMapped } from './mappedText';
import { cleanExtractedText } from './cleanExtractedText';

const hasUtf16Bom = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** TXT and Markdown: detect the encoding, normalize, and map every offset back to the decoded source. */
export async function extractPlainText(bytes: Uint8Array, format: 'txt' | 'md'): Promise<ExtractOutcome> {
  if (!hasUtf16Bom(bytes) && !utf16ByNulPattern(bytes) && looksBinary(bytes))
    return { ok: false, error: extractError('binary') };
  const decoded = decodeTextBytes(bytes);
  const source = identityMapped(decoded.text);
  // Markdown is read twice through the normalizer: the source reader's rewrites leave blank runs behind.
  // The Markdown reader (with its YAML and HTML parsers) loads on the first Markdown file only.
  const normalized =
    format === 'md'
      ? cleanExtractedText((await import('./markdownSource')).readMarkdownSource(cleanExtractedText(source)))
      : cleanExtractedText(source);
  if (normalized.text.trim().length === 0) return { ok: false, error: extractError('empty') };
  return {
    ok: true,
    document: {
      format,
      text: normalized.text,
      encoding: decoded.encoding,
      warnings: decoded.warnings,
    },
  };
}
