import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { checkBackup, isRejection, parseBackup, sha256Hex } from '../../shared/backup';
import {
  applyCorrections,
  describeCorrection,
  libraryCorrectionsFor,
  readLibraryCorrections,
  type LibraryCorrections,
} from '../../shared/corrections';
import type { ClassSpec } from '../../shared/model';
import type { CliIo } from './io';

export const LIBRARY_EXPORT_OPTION = '--library-export';

type GlobalOptions = Readonly<{ args: readonly string[]; libraryExport?: string }>;

/** Takes `--library-export <file>` out of a command's arguments, wherever it stands; a string is the problem. */
function takeLibraryExportOption(args: readonly string[]): GlobalOptions | string {
  const rest: string[] = [];
  let libraryExport: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg !== LIBRARY_EXPORT_OPTION) {
      rest.push(arg);
      continue;
    }
    const file = args[(index += 1)];
    if (!file || file.startsWith('-')) return `${LIBRARY_EXPORT_OPTION} needs a library backup file (.reclass-backup)`;
    if (libraryExport) return `${LIBRARY_EXPORT_OPTION} given twice`;
    libraryExport = file;
  }
  return libraryExport ? { args: rest, libraryExport } : { args: rest };
}

/** The export inside a file: a library backup's body once its header and checksum hold, or a bare dexie export. */
async function exportJson(bytes: Uint8Array): Promise<unknown> {
  const parsed = parseBackup(bytes);
  if (!isRejection(parsed)) {
    const problem = checkBackup(parsed, await sha256Hex(parsed.body), Number.MAX_SAFE_INTEGER);
    if (problem) throw new Error(problem.message);
    return JSON.parse(new TextDecoder().decode(parsed.body));
  }
  if (parsed.code !== 'foreign_json') throw new Error(parsed.message);
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** Reads the analyst's corrections from a library backup or export; throws a sentence naming the file and the problem. */
async function readLibraryExportFile(file: string, cwd: string): Promise<LibraryCorrections> {
  let json: unknown;
  try {
    json = await exportJson(await readFile(resolve(cwd, file)));
  } catch (error) {
    throw new Error(
      `${file}: cannot read the library export (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  try {
    return readLibraryCorrections(json);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The options every command takes, read before the command's own: `--library-export` puts its corrections on the I/O. */
export async function takeGlobalOptions(
  args: readonly string[],
  io: CliIo,
): Promise<Readonly<{ args: readonly string[]; io: CliIo }> | string> {
  const global = takeLibraryExportOption(args);
  if (typeof global === 'string') return global;
  if (!global.libraryExport) return { args: global.args, io };
  const library = await readLibraryExportFile(global.libraryExport, io.cwd).catch((error: unknown) =>
    error instanceof Error ? error.message : String(error),
  );
  return typeof library === 'string' ? library : { args: global.args, io: { ...io, library } };
}

/**
 * The record a command works on: the file's parse with the library's corrections of its class
 * applied. Corrections that no longer apply are returned as lines to report, never dropped silently.
 */
export function correctSpec(
  library: LibraryCorrections | undefined,
  file: Readonly<{ shown: string; path: string; hash: string; spec: ClassSpec }>,
): Readonly<{ spec: ClassSpec; notes: readonly string[] }> {
  if (!library) return { spec: file.spec, notes: [] };
  const corrections = libraryCorrectionsFor(library, {
    hash: file.hash,
    fileName: basename(file.path),
    spec: file.spec,
  });
  const result = applyCorrections(file.spec, corrections);
  const notes = result.orphaned.map(
    ({ correction }) =>
      `${file.shown}: correction not applied, its passage is not in this file: ${describeCorrection(correction)}`,
  );
  return { spec: result.spec, notes };
}
