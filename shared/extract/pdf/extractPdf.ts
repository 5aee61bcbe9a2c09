import { extractError } from '../errors';
import { cleanExtractedText } from '../text/cleanExtractedText';
import type { ExtractOutcome } from '../types';
import { assembleText } from './assembleText';
import { buildLines } from './buildLines';
import { loadPdfPages } from './loadPdfPages';
import { markDisplayLines } from './displayLines';
import { restoreLigatures } from './ligatures';
import { dropPageFurniture } from './pageFurniture';

const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

/** Every complete PDF ends with %%EOF (give or take trailing whitespace); a download cut short does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  for (let offset = bytes.length - EOF_MARKER.length; offset >= Math.max(0, bytes.length - 2048); offset -= 1) {
    if (EOF_MARKER.every((byte, index) => bytes[offset + index] === byte)) return true;
  }
  return false;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractOutcome> {
  if (!hasEndMarker(bytes))
    return { ok: false, error: extractError('corrupt', 'the PDF is truncated: it has no end-of-file marker') };
  const loaded = await loadPdfPages(bytes);
  if (!loaded.ok) {
    return {
      ok: false,
      error: loaded.reason === 'password' ? extractError('password') : extractError('corrupt', loaded.detail),
    };
  }
  const pageLines = restoreLigatures(loaded.pages.map(buildLines));
  const emptyPages = pageLines.filter((lines) => lines.length === 0).length;
  if (emptyPages === pageLines.length) return { ok: false, error: extractError('no_text') };
  const normalized = cleanExtractedText(assembleText(markDisplayLines(dropPageFurniture(pageLines))));
  const warnings =
    emptyPages > 0 ? [`${emptyPages} of ${pageLines.length} pages have no text layer (scanned?) and were skipped`] : [];
  return {
    ok: true,
    document: { format: 'pdf', text: normalized.text, pageCount: loaded.pages.length, warnings },
  };
}
