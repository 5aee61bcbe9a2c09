import type { ExtractError, ExtractErrorCode } from './types';

/** What the analyst reads when a file cannot be imported: what is wrong, then what to do. */
const MESSAGES: Readonly<Record<ExtractErrorCode, string>> = {
  empty: 'the file is empty: nothing to import',
  too_large: 'the file is too large to import: split it into one file per class specification',
  unsupported: 'unsupported file type: import TXT, Markdown, HTML, PDF or DOCX files',
  binary: 'the file is binary data, not text: check that it is a class specification and save it as TXT, PDF or DOCX',
  encrypted:
    'encrypted or legacy Word file (.doc): save it as .docx without a password and import again',
  password: 'password-protected PDF: remove the password and import again',
  no_text: 'the PDF has no extractable text (scanned image?): run OCR on it or import a text version',
  corrupt: 'the file is damaged or truncated: open and re-save it in its original program, then import again',
  zip_bomb:
    'the DOCX expands to an unreasonable size (possible zip bomb): it was not opened; re-save it from Word and import again',
  timeout: 'reading the file took too long and was stopped: re-save it (for a PDF, print it to a new PDF) and import again',
  out_of_memory: 'reading the file needed too much memory and was stopped: split it or re-save it, then import again',
};

export function extractError(code: ExtractErrorCode, detail?: string): ExtractError {
  return { code, message: detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code] };
}
