import type { DocumentFormat } from '../extract';
import type { ClassSpec } from '../model';
import type { FailureReason } from './failures';

/** One file that was read and parsed; the renderer stores it. */
export type ImportedSpec = Readonly<{
  /** File name as shown to the analyst (no directories). */
  fileName: string;
  /** Path relative to the folder or selection the analyst picked, for display only. */
  relativePath: string;
  format: DocumentFormat;
  /** SHA-256 of the file's bytes, hex: the identity of this version. */
  hash: string;
  size: number;
  spec: ClassSpec;
}>;

/** One file that could not be read: which file, what is wrong, what to do. */
export type ImportFailure = FailureReason & Readonly<{ fileName: string; relativePath: string }>;

/** What importing one file gives: the record, or the reason it could not be read. */
export type ImportOutcome =
  Readonly<{ ok: true; spec: ImportedSpec }> | Readonly<{ ok: false; failure: ImportFailure }>;

/** Progress of one import, streamed in order. */
export type ImportEvent =
  /** `files` lists every file of the import, so an interrupted one can say which were never imported. */
  | Readonly<{ kind: 'started'; importId: string; total: number; files: readonly FileRef[] }>
  | Readonly<{ kind: 'imported'; importId: string; done: number; total: number; spec: ImportedSpec }>
  | Readonly<{ kind: 'failed'; importId: string; done: number; total: number; failure: ImportFailure }>
  | Readonly<{ kind: 'finished'; importId: string; done: number; total: number; cancelled: boolean }>;

/** One file where it stands in the analyst's selection. */
export type FileRef = Readonly<{ fileName: string; relativePath: string }>;
