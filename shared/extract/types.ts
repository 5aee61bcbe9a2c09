export type DocumentFormat = 'txt' | 'md' | 'pdf' | 'docx' | 'html';

/** Normalized text of one file plus where it came from. */
export type ExtractedDocument = Readonly<{
  format: DocumentFormat;
  /** NFC, LF line endings, page furniture removed: what the parser reads and every span points into. */
  text: string;
  /** Detected source encoding for text formats (e.g. "utf-8", "utf-16le", "windows-1252"). */
  encoding?: string;
  pageCount?: number;
  warnings: readonly string[];
}>;

export type ExtractErrorCode =
  | 'empty'
  | 'too_large'
  | 'unsupported'
  | 'binary'
  | 'encrypted'
  | 'password'
  | 'no_text'
  | 'corrupt'
  | 'not_word'
  | 'zip_bomb';

/** An expected failure, worded for the analyst: what is wrong (`message`) and what to do (`advice`). */
export type ExtractError = Readonly<{ code: ExtractErrorCode; message: string; advice: string }>;

export type ExtractOutcome =
  Readonly<{ ok: true; document: ExtractedDocument }> | Readonly<{ ok: false; error: ExtractError }>;
