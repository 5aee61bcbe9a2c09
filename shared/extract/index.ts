/**
 * Text extraction for every format Reclass imports. Runs unchanged under Node (worker_threads)
 * and in a browser Web Worker: input is a Uint8Array, nothing here touches fs, Buffer or the DOM.
 *
 * Browser callers: call extractDocument inside a Web Worker. pdf.js then runs in that worker
 * thread: this module imports `pdfjs-dist/legacy/build/pdf.worker.mjs` itself, which sets
 * `globalThis.pdfjsWorker`, so pdf.js needs no `GlobalWorkerOptions.workerSrc` and spawns no
 * nested worker (the bundler just has to include that module, which a dynamic import does).
 * Text decoding uses the WHATWG TextDecoder for UTF-8/UTF-16 and iconv-lite for Windows-1252 and
 * the legacy charsets HTML pages declare; in the browser build iconv-lite runs on the `buffer`
 * package that Vite bundles for its safer-buffer dependency.
 * mammoth's package.json maps its Node-only zip/file modules to browser versions; it is given the
 * bytes as both `buffer` (Node build) and `arrayBuffer` (browser build).
 */
import { extractError } from './errors';
import type { ZipLimits } from './docx/inspectZip';
import { sniffFormat } from './sniffFormat';
import { extractPlainText } from './text/extractPlainText';
import type { ExtractOutcome } from './types';

export type * from './types';
export { sniffFormat, type SniffedFormat } from './sniffFormat';
export { EXTRACT_FAILURES } from './errors';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './docx/inspectZip';

export type ExtractOptions = Readonly<{
  /** Files larger than this are refused before any parsing. Default 50 MB. */
  maxBytes?: number;
  /** Limits for DOCX archives (zip bomb defence): declared sizes, and bytes really inflated. */
  zipLimits?: ZipLimits;
}>;

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const isBlank = (bytes: Uint8Array): boolean => {
  for (const byte of bytes)
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  return true;
};

/** Bytes of one file → normalized text (or the reason it cannot be read). The format comes from the bytes, not the name. */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ExtractOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      error: extractError(
        'too_large',
        `${Math.ceil(bytes.length / 1048576)} MB; the limit is ${Math.floor(maxBytes / 1048576)} MB`,
      ),
    };
  }
  if (bytes.length === 0 || isBlank(bytes)) return { ok: false, error: extractError('empty') };
  const format = sniffFormat(bytes, fileName);
  // Each format's reader (mammoth, htmlparser2, the PDF line builder) loads on the first file that needs it:
  // a reader thread importing text files starts without them.
  switch (format) {
    case 'pdf':
      return (await import('./pdf/extractPdf')).extractPdf(bytes);
    case 'zip':
    case 'docx':
      return (await import('./docx/extractDocx')).extractDocx(bytes, options.zipLimits);
    case 'ole':
      return { ok: false, error: extractError('encrypted') };
    case 'html':
      return (await import('./html/extractHtml')).extractHtml(bytes);
    case 'txt':
    case 'md':
      return extractPlainText(bytes, format);
  }
}
