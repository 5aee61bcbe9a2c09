import { EXTRACT_FAILURES, type ExtractErrorCode } from '../extract';

/** Why a file was not imported. Extraction's reasons plus what can go wrong around it. */
export type ImportFailureCode =
  | ExtractErrorCode
  | 'unreadable'
  | 'missing'
  | 'timeout'
  | 'out_of_memory'
  | 'reader_crashed'
  | 'reader_not_started'
  | 'storage';

/** What the analyst reads: what is wrong, and what to do about it. */
export type FailureReason = Readonly<{ code: ImportFailureCode; message: string; advice: string }>;

const MEGABYTE = 1024 * 1024;

const IMPORT_FAILURES: Readonly<
  Record<Exclude<ImportFailureCode, ExtractErrorCode>, Readonly<{ message: string; advice: string }>>
> = {
  unreadable: {
    message: 'the file could not be opened',
    advice: 'check that it exists and you may read it, then import again',
  },
  missing: {
    message: 'the file or folder no longer exists',
    advice: 'check that it was not moved or renamed, then import again',
  },
  timeout: {
    message: 'reading the file took too long and was stopped',
    advice: 're-save it (for a PDF, print it to a new PDF) and import again',
  },
  out_of_memory: {
    message: 'reading the file needed too much memory and was stopped',
    advice: 'split it or re-save it, then import again',
  },
  reader_crashed: {
    message: 'the file reader stopped unexpectedly on this file (possibly too large or damaged)',
    advice: 're-save or split the file, then import again',
  },
  reader_not_started: {
    message: 'the file reader did not start within a minute',
    advice: 'close other programs and import again',
  },
  storage: {
    message: 'the spec was read but could not be stored',
    advice: 'free some disk space or close other tabs, then import the file again',
  },
};

export function importFailure(code: ImportFailureCode, detail?: string): FailureReason {
  const { message, advice } =
    code in IMPORT_FAILURES
      ? IMPORT_FAILURES[code as keyof typeof IMPORT_FAILURES]
      : EXTRACT_FAILURES[code as ExtractErrorCode];
  return { code, message: detail ? `${message} (${detail})` : message, advice };
}

const seconds = (milliseconds: number): number => Math.round(milliseconds / 100) / 10;

export const timeoutFailure = (limitMs: number): FailureReason => ({
  ...importFailure('timeout'),
  message: `reading the file took longer than ${seconds(limitMs)} s and was stopped`,
});

export const tooLargeFailure = (size: number, limit: number): FailureReason =>
  importFailure('too_large', `${Math.ceil(size / MEGABYTE)} MB; the limit is ${Math.floor(limit / MEGABYTE)} MB`);

/** One line for the analyst: "what is wrong: what to do". */
export const describeFailure = (reason: Readonly<{ message: string; advice: string }>): string =>
  `${reason.message}: ${reason.advice}`;
