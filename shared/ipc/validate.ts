import { z } from 'zod';
import type { AutomaticBackupReason, DesktopApi, DesktopMethod, ImportSource, SaveFileKind } from './contract';

/** Longest path accepted from the renderer; longer than any real file system allows. */
export const MAX_PATH_LENGTH = 4096;
/** Most dropped items accepted in one import (a folder counts as one). */
export const MAX_DROPPED_PATHS = 10_000;
/** Most files a resumed import may name (a state's catalogue and its neighbours, with room to spare). */
export const MAX_RESUMED_PATHS = 100_000;
/** Largest file the renderer may ask main to save (XLSX/CSV/HTML/PDF bytes). */
export const MAX_SAVE_BYTES = 100 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;
export const MAX_URL_LENGTH = 2048;
/** Longest printout HTML main renders to PDF (a 300-duty comparison is well under 2 MB). */
export const MAX_PRINTOUT_CHARS = 20 * 1024 * 1024;
/** Largest automatic backup the renderer may hand to main (a state-sized library with every version). */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

const IMPORT_SOURCES = ['files', 'folder'] as const satisfies readonly ImportSource[];
const SAVE_FILE_KINDS = [
  'pdf',
  'xlsx',
  'csv',
  'html',
  'backup',
  'docx',
  'study',
] as const satisfies readonly SaveFileKind[];

const BACKUP_REASONS = ['before-upgrade', 'daily', 'quit'] as const satisfies readonly AutomaticBackupReason[];
const importSource = z.enum(IMPORT_SOURCES);
const saveFileKind = z.enum(SAVE_FILE_KINDS);
const importId = z.uuid();
const fileName = z.string().trim().min(1).max(MAX_FILE_NAME_LENGTH);
const path = z.string().min(1).max(MAX_PATH_LENGTH);
// Relative paths of the files an interrupted import still lacks (names the import itself reported).
const onlyPaths = z.array(path).min(1).max(MAX_RESUMED_PATHS);
const bytes = z.instanceof(Uint8Array).refine((value) => value.byteLength <= MAX_SAVE_BYTES, {
  message: `larger than ${MAX_SAVE_BYTES} bytes`,
});

const backupBytes = z
  .instanceof(Uint8Array)
  .refine((value) => value.byteLength > 0 && value.byteLength <= MAX_BACKUP_BYTES, {
    message: `empty or larger than ${MAX_BACKUP_BYTES} bytes`,
  });
const backupFileName = z.string().regex(/^reclass-auto-backup-[0-9TZ-]+-(before-upgrade|daily|quit)\.reclass-backup$/);

type ArgsOf<M extends DesktopMethod> = Parameters<DesktopApi[M]>;

/** Argument schemas per method: tuples, so missing and extra arguments are both rejected. */
export const desktopArgumentSchemas = {
  importFromDialog: z.union([z.tuple([importSource]), z.tuple([importSource, onlyPaths])]),
  // No .readonly(): it freezes the input, and freezing a typed array sent in place of the list throws instead of failing validation.
  importDropped: z.tuple([z.array(path).min(1).max(MAX_DROPPED_PATHS)]),
  importSeeds: z.union([z.tuple([]), z.tuple([onlyPaths])]),
  cancelImport: z.tuple([importId]),
  print: z.tuple([]),
  saveAsPdf: z.tuple([fileName, z.string().min(1).max(MAX_PRINTOUT_CHARS)]),
  saveFile: z.tuple([fileName, saveFileKind, bytes]),
  openExternal: z.tuple([z.string().max(MAX_URL_LENGTH)]),
  appInfo: z.tuple([]),
  writeAutomaticBackup: z.tuple([z.enum(BACKUP_REASONS), backupBytes]),
  listAutomaticBackups: z.tuple([]),
  readAutomaticBackup: z.tuple([backupFileName]),
} satisfies { readonly [M in DesktopMethod]: z.ZodType<ArgsOf<M>> };

/** Why a call's arguments were refused; `message` is one line for the main log. */
export type IpcValidationError = Readonly<{
  kind: 'invalid_arguments';
  method: DesktopMethod;
  /** Where in the arguments (e.g. "0.3"), or null for the call as a whole. */
  argument: string | null;
  reason: string;
  message: string;
}>;

export type ParsedArguments<M extends DesktopMethod> =
  Readonly<{ ok: true; args: ArgsOf<M> }> | Readonly<{ ok: false; error: IpcValidationError }>;

function invalid(
  method: DesktopMethod,
  argument: string | null,
  reason: string,
): Readonly<{ ok: false; error: IpcValidationError }> {
  const where = argument === null ? '' : `argument ${argument}: `;
  return {
    ok: false,
    error: { kind: 'invalid_arguments', method, argument, reason, message: `${method}: ${where}${reason}` },
  };
}

/**
 * Checks the arguments of one DesktopApi call, as received from the renderer, against the
 * method's schema. Hostile or malformed input comes back as `{ ok: false }` with a typed reason,
 * never as an exception, whatever the payload (typed arrays, proxies, getters that throw).
 */
export function parseDesktopArguments<M extends DesktopMethod>(
  method: M,
  args: readonly unknown[],
): ParsedArguments<M> {
  const schema: z.ZodType<unknown> = desktopArgumentSchemas[method];
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(args);
  } catch (error) {
    return invalid(method, null, `unreadable arguments (${error instanceof Error ? error.message : String(error)})`);
  }
  if (result.success) return { ok: true, args: result.data as ArgsOf<M> };
  const issue = result.error.issues[0];
  const argument = issue && issue.path.length > 0 ? issue.path.join('.') : null;
  return invalid(method, argument, issue?.message ?? 'invalid arguments');
}
