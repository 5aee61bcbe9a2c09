import { extractDocument } from '../extract';
import { readFactors } from '../factors';
import type { ClassSpec, SpecWarning } from '../model';
import { parseSpec } from '../spec';
import { importFailure, tooLargeFailure, type FailureReason } from './failures';
import { isSupportedName } from './fileTypes';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import type { FileRef, ImportOutcome } from './types';

/** Parsing then factor reading: the record every view and comparison works from. */
export function specFromText(text: string, warningsBefore: readonly SpecWarning[] = []): ClassSpec {
  const parsed = parseSpec(text);
  const warnings = warningsBefore.length > 0 ? [...warningsBefore, ...parsed.warnings] : parsed.warnings;
  return { ...parsed, warnings, factors: readFactors(parsed) };
}

export type ImportDocumentOptions = Readonly<{
  /** Where the file sits in the analyst's selection (display only); the file name when absent. */
  relativePath?: string;
  /** SHA-256 of the bytes as lowercase hex (the platform provides it: node:crypto or WebCrypto). */
  sha256: (bytes: Uint8Array) => Promise<string> | string;
  limits?: ImportLimits;
}>;

export const failed = (file: FileRef, reason: FailureReason): ImportOutcome => ({
  ok: false,
  failure: { ...reason, fileName: file.fileName, relativePath: file.relativePath },
});

/**
 * One file's bytes → the stored record or a typed failure: type and size checks, extraction,
 * parsing and factor reading. The desktop and web readers only fetch bytes and call this.
 */
export async function importDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportDocumentOptions,
): Promise<ImportOutcome> {
  const file: FileRef = { fileName, relativePath: options.relativePath ?? fileName };
  const { maxFileBytes } = options.limits ?? IMPORT_LIMITS;
  if (!isSupportedName(fileName)) return failed(file, importFailure('unsupported'));
  if (bytes.length > maxFileBytes) return failed(file, tooLargeFailure(bytes.length, maxFileBytes));
  try {
    const outcome = await extractDocument(bytes, fileName, { maxBytes: maxFileBytes });
    if (!outcome.ok) return failed(file, outcome.error);
    const { document: extracted } = outcome;
    const extractWarnings = extracted.warnings.map((message): SpecWarning => ({ code: 'extract', message }));
    const spec = specFromText(extracted.text, extractWarnings);
    const hash = await options.sha256(bytes);
    return { ok: true, spec: { ...file, format: extracted.format, hash, size: bytes.length, spec } };
  } catch (error) {
    return failed(file, importFailure('corrupt', error instanceof Error ? error.message : String(error)));
  }
}
