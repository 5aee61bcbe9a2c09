import { loadActivityModel, prepareBestFitIndex, rankBestFit, type BestFitEntry } from '../../../shared/compare';
import type { CliCommand } from '../io';
import { loadContext, loadSpecs, type LoadedSpec, type LoadOptions } from '../loadSpecs';

const USAGE = 'Usage: npm run cli -- bestfit <file> --library <folder> [--limit 10] [--json]';

type BestFitArguments = Readonly<{ file: string; library: string; limit: number; json: boolean }>;

function readBestFitArguments(args: readonly string[]): BestFitArguments | string {
  const files: string[] = [];
  let library: string | null = null;
  let limit = 10;
  let json = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--library') {
      library = args[(index += 1)] ?? null;
      if (!library || library.startsWith('-')) return '--library needs a folder';
    } else if (arg === '--limit') {
      limit = Number(args[(index += 1)]);
      if (!Number.isInteger(limit) || limit < 1) return '--limit needs a whole number of at least 1';
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  const [file] = files;
  if (files.length !== 1 || file === undefined) return `bestfit needs exactly one file (got ${files.length})`;
  if (library === null) return '--library <folder> is required';
  return { file, library, limit, json };
}

type Ranked = Readonly<{ entry: BestFitEntry; loaded: LoadedSpec }>;

const round = (value: number) => Math.round(value * 1000) / 1000;

export function bestFitJson(query: LoadedSpec, ranked: readonly Ranked[]): Record<string, unknown> {
  return {
    query: { title: query.spec.title, grade: query.spec.grade, file: query.file },
    ranked: ranked.map(({ entry, loaded }) => ({
      title: entry.title,
      grade: loaded.spec.grade,
      file: loaded.file,
      coverage: round(entry.coverage),
      factorCloseness: round(entry.factorCloseness),
      score: round(entry.score),
    })),
  };
}

export function formatBestFitText(query: LoadedSpec, ranked: readonly Ranked[]): string {
  const rows = ranked.map(
    ({ entry, loaded }, position) =>
      `${String(position + 1).padStart(3)}. ${(entry.title ?? '(untitled)').padEnd(40)} score ${entry.score.toFixed(2)}  duties ${Math.round(entry.coverage * 100)}%  factors ${Math.round(entry.factorCloseness * 100)}%  ${loaded.file}`,
  );
  return [
    `Best fit for ${query.spec.title ?? '(untitled)'} (${query.file}):`,
    ...(rows.length > 0 ? rows : ['  no classes in the library']),
  ].join('\n');
}

export function createBestFitCommand(script?: LoadOptions['script']): CliCommand {
  return async (args, io) => {
    const options = readBestFitArguments(args);
    if (typeof options === 'string') {
      io.err(`bestfit: ${options}\n${USAGE}`);
      return 2;
    }
    const loadOptions = { ...loadContext(io), ...(script ? { script } : {}) };
    const queryResult = await loadSpecs([options.file], loadOptions);
    const query = queryResult.loaded[0];
    if (!query || queryResult.loaded.length !== 1) {
      for (const failure of queryResult.failed) io.err(`${failure.file}: ${failure.message}`);
      if (queryResult.loaded.length > 1) io.err(`${options.file}: name one class specification file, not a folder`);
      return 1;
    }
    const library = await loadSpecs([options.library], loadOptions);
    for (const failure of library.failed) io.err(`${failure.file}: ${failure.message}`);
    // The query is often filed in the library itself; the same bytes are not a candidate.
    const candidates = library.loaded.filter((entry) => entry.hash !== query.hash);
    const activities = await loadActivityModel();
    const index = prepareBestFitIndex(
      candidates.map((entry, position) => ({ id: String(position), spec: entry.spec })),
      { activities },
    );
    const ranked = rankBestFit(query.spec, index, { limit: options.limit }).flatMap((entry) => {
      const loaded = candidates[Number(entry.id)];
      return loaded ? [{ entry, loaded }] : [];
    });
    io.out(options.json ? JSON.stringify(bestFitJson(query, ranked), null, 2) : formatBestFitText(query, ranked));
    return library.loaded.length === 0 ? 1 : 0;
  };
}

export const bestfitCommand: CliCommand = createBestFitCommand();
