import type { Span } from '../model';

export type DocumentFormat = 'txt' | 'md' | 'pdf' | 'docx' | 'html';

/** Normalized text of one file plus where it came from. */
export type ExtractedDocument = Readonly<{
  format: DocumentFormat;
  /** NFC, LF line endings, page furniture removed: what the parser reads and every span points into. */
  text: string;
  /** Detected source encoding for text formats (e.g. "utf-8", "utf-16le", "windows-1252"). */
  encoding?: string;
  pageCount?: number;
  /**
   * Map from normalized offsets back to the source: sorted runs, each saying that normalized
   * [start, end) came from source offset `sourceStart` (characters of the decoded source for text
   * formats; page index for PDF).
   */
  sourceMap?: readonly Readonly<{ span: Span; sourceStart: number; page?: number }>[];
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
  | 'zip_bomb'
  | 'timeout'
  | 'out_of_memory';

/** An expected failure, worded for the analyst: what is wrong and what to do. */
export type ExtractError = Readonly<{ code: ExtractErrorCode; message: string }>;

export type ExtractOutcome =
  | Readonly<{ ok: true; document: ExtractedDocument }>
  | Readonly<{ ok: false; error: ExtractError }>;
