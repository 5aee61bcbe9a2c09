import { resolve } from 'node:path';
import {
  describeFailure,
  failed,
  IMPORT_LIMITS,
  importFailure,
  withLimits,
  type ImportedSpec,
  type ImportOutcome,
} from '../../../shared/import';
import { createNodeReaderPool, findFiles, sourceWorkerScript, type WorkerScript } from '../../main/import';
import { formatSpecText, specJson } from '../formatSpec';
import type { CliCommand } from '../io';
import { correctSpec } from '../libraryCorrections';

const USAGE = 'Usage: npm run cli -- parse <file...> [--json] [--timeout <seconds>]';

type ParseArguments = Readonly<{ files: readonly string[]; json: boolean; timeoutMs: number }>;

function readArguments(args: readonly string[]): ParseArguments | string {
  const files: string[] = [];
  let json = false;
  let timeoutMs = IMPORT_LIMITS.fileTimeLimitMs;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    // Before issue 12 the text was printed only on request; scripts that still ask get it as everyone does.
    else if (arg === '--with-text') continue;
    else if (arg === '--timeout') {
      const seconds = Number(args[(index += 1)]);
      if (!(seconds > 0)) return '--timeout needs a number of seconds';
      timeoutMs = seconds * 1000;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length > 0 ? { files, json, timeoutMs } : 'no file given';
}

type Parsed = Readonly<{ file: string; result: ImportOutcome }>;

/** Reads every file through the same worker pool as the app, so a hostile file is stopped by the time and memory limits. */
async function parseFiles(script: WorkerScript, options: ParseArguments, cwd: string): Promise<Parsed[]> {
  const pool = createNodeReaderPool(script, withLimits({ fileTimeLimitMs: options.timeoutMs }));
  try {
    const jobs: Promise<Parsed>[] = [];
    for (const arg of options.files) {
      for (const found of await findFiles([resolve(cwd, arg)])) {
        // A file named on the command line is shown as typed; a file found in a folder as folder/relative path.
        const shown = found.path === resolve(cwd, arg) ? arg : `${arg.replace(/\/+$/, '')}/${found.relativePath}`;
        if (found.problem) jobs.push(Promise.resolve({ file: shown, result: failed(found, found.problem) }));
        else
          jobs.push(
            pool
              .run(found)
              .then((result) => ({ file: shown, result: result ?? failed(found, importFailure('reader_crashed')) })),
          );
      }
    }
    return await Promise.all(jobs);
  } finally {
    pool.close();
  }
}

export function createParseCommand(script: WorkerScript): CliCommand {
  return async (args, io) => {
    const options = readArguments(args);
    if (typeof options === 'string') {
      io.err(`parse: ${options}\n${USAGE}`);
      return 2;
    }
    const parsed = await parseFiles(script, options, io.cwd);
    const succeeded: { file: string; spec: ImportedSpec }[] = [];
    for (const { file, result } of parsed) {
      if (result.ok) {
        const { spec, notes } = correctSpec(io.library, {
          shown: file,
          path: result.spec.fileName,
          hash: result.spec.hash,
          spec: result.spec.spec,
        });
        for (const note of notes) io.err(note);
        succeeded.push({ file, spec: { ...result.spec, spec } });
      } else io.err(`${file}: ${describeFailure(result.failure)}`);
    }
    if (options.json) {
      const documents = succeeded.map(({ file, spec }) => specJson(spec, file));
      if (parsed.length === 1 && documents.length === 1) io.out(JSON.stringify(documents[0], null, 2));
      else if (parsed.length > 1 || documents.length > 0) io.out(JSON.stringify(documents, null, 2));
    } else if (succeeded.length > 0) {
      io.out(succeeded.map(({ file, spec }) => formatSpecText(spec, file)).join('\n\n'));
    }
    return succeeded.length === parsed.length ? 0 : 1;
  };
}

export const parseCommand: CliCommand = createParseCommand(sourceWorkerScript);
