import { z } from 'zod';
import type { DesktopApi, DesktopMethod, ImportSource, SaveFileKind } from './contract';

/** Longest path accepted from the renderer; longer than any real file system allows. */
export const MAX_PATH_LENGTH = 4096;
/** Most dropped items accepted in one import (a folder counts as one). */
export const MAX_DROPPED_PATHS = 10_000;
/** Largest file the renderer may ask main to save (XLSX/CSV/HTML/PDF bytes). */
export const MAX_SAVE_BYTES = 100 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;
export const MAX_URL_LENGTH = 2048;

const IMPORT_SOURCES = ['files', 'folder'] as const satisfies readonly ImportSource[];
const SAVE_FILE_KINDS = ['pdf', 'xlsx', 'csv', 'html', 'docx', 'study'] as const satisfies readonly SaveFileKind[];

const importSource = z.enum(IMPORT_SOURCES);
const saveFileKind = z.enum(SAVE_FILE_KINDS);
const importId = z.uuid();
const fileName = z.string().trim().min(1).max(MAX_FILE_NAME_LENGTH);
const path = z.string().min(1).max(MAX_PATH_LENGTH);
const bytes = z.instanceof(Uint8Array).refine((value) => value.byteLength <= MAX_SAVE_BYTES, {
  message: `larger than ${MAX_SAVE_BYTES} bytes`,
});

type ArgsOf<M extends DesktopMethod> = Parameters<DesktopApi[M]>;

/** Argument schemas per method: tuples, so missing and extra arguments are both rejected. */
export const desktopArgumentSchemas = {
  importFromDialog: z.tuple([importSource]),
  importDropped: z.tuple([z.array(path).min(1).max(MAX_DROPPED_PATHS).readonly()]),
  importSeeds: z.tuple([]),
  cancelImport: z.tuple([importId]),
  print: z.tuple([]),
  saveAsPdf: z.tuple([fileName]),
  saveFile: z.tuple([fileName, saveFileKind, bytes]),
  openExternal: z.tuple([z.string().max(MAX_URL_LENGTH)]),
  appInfo: z.tuple([]),
} satisfies { readonly [M in DesktopMethod]: z.ZodType<ArgsOf<M>> };

export type ParsedArguments<M extends DesktopMethod> =
  | Readonly<{ ok: true; args: ArgsOf<M> }>
  | Readonly<{ ok: false; error: string }>;

/**
 * Checks the arguments of one DesktopApi call, as received from the renderer, against the
 * method's schema. Hostile or malformed input comes back as `{ ok: false }` with a short reason.
 */
export function parseDesktopArguments<M extends DesktopMethod>(method: M, args: readonly unknown[]): ParsedArguments<M> {
  const schema: z.ZodType<unknown> = desktopArgumentSchemas[method];
  const result = schema.safeParse(args);
  if (result.success) return { ok: true, args: result.data as ArgsOf<M> };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `argument ${issue.path.join('.')}: ` : '';
  return { ok: false, error: `${method}: ${where}${issue?.message ?? 'invalid arguments'}` };
}
