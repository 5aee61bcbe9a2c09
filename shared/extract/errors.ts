import type { ExtractError, ExtractErrorCode } from './types';

/** What the analyst reads when a file cannot be read: what is wrong, and separately what to do. */
export const EXTRACT_FAILURES: Readonly<Record<ExtractErrorCode, Readonly<{ message: string; advice: string }>>> = {
  empty: { message: 'the file is empty', advice: 'nothing to import; check that you picked the right file' },
  too_large: { message: 'the file is too large to import', advice: 'split it into one file per class specification' },
  unsupported: { message: 'unsupported file type', advice: 'import TXT, Markdown, HTML, PDF or DOCX files' },
  binary: {
    message: 'the file is binary data, not text',
    advice: 'check that it is a class specification and save it as TXT, PDF or DOCX',
  },
  encrypted: {
    message: 'encrypted or legacy Word file (.doc)',
    advice: 'save it as .docx without a password and import again',
  },
  password: { message: 'password-protected PDF', advice: 'remove the password and import again' },
  no_text: {
    message: 'the PDF has no extractable text (scanned image?)',
    advice: 'run OCR on it or import a text version',
  },
  corrupt: {
    message: 'the file is damaged or truncated',
    advice: 'open and re-save it in its original program, then import again',
  },
  not_word: {
    message: 'the file is a zip archive but not a Word document (a spreadsheet, slides or other archive?)',
    advice: 'import DOCX, PDF, TXT or HTML files',
  },
  zip_bomb: {
    message: 'the DOCX expands to an unreasonable size (possible zip bomb) and was not opened',
    advice: 're-save it from Word and import again',
  },
};

export function extractError(code: ExtractErrorCode, detail?: string): ExtractError {
  const { message, advice } = EXTRACT_FAILURES[code];
  return { code, message: detail ? `${message} (${detail})` : message, advice };
}
