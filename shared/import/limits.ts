import { DEFAULT_MAX_BYTES } from '../extract';

/** Every bound an import runs under, in one place for the desktop and the web build. */
export type ImportLimits = Readonly<{
  /** Files larger than this are refused before they are read. */
  maxFileBytes: number;
  /** A file still unread after this long is stopped and its reader replaced. */
  fileTimeLimitMs: number;
  /** Loading a reader's modules is not the file's fault (and slow on a busy machine), so it gets its own bound. */
  readerStartLimitMs: number;
  /** Heap limit of each desktop reader thread; exceeding it reports `out_of_memory`. */
  readerMemoryLimitMb: number;
  /** Readers working at once: enough to overlap I/O with parsing, few enough that twenty drops do not start forty workers. */
  readerCount: number;
}>;

export const IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: DEFAULT_MAX_BYTES,
  fileTimeLimitMs: 20_000,
  readerStartLimitMs: 60_000,
  readerMemoryLimitMb: 512,
  readerCount: 2,
};

export const withLimits = (overrides: Partial<ImportLimits> = {}): ImportLimits => ({ ...IMPORT_LIMITS, ...overrides });
