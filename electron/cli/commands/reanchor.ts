import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { createTarget, reanchorAll, type AnchorTarget } from '../../../shared/anchoring';
import type { CliCommand } from '../io';
import { loadSpecs } from '../loadSpecs';

const USAGE = 'Usage: npm run cli -- reanchor <old-file> <new-file> --annotations <anns.json> [--json]';

const annotationsSchema = z.array(
  z.object({
    id: z.union([z.string(), z.number()]),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
);

type ReanchorArguments = Readonly<{ oldFile: string; newFile: string; annotations: string; json: boolean }>;

export function readReanchorArguments(args: readonly string[]): ReanchorArguments | string {
  const files: string[] = [];
  let annotations: string | null = null;
  let json = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--annotations') {
      annotations = args[(index += 1)] ?? null;
      if (!annotations) return '--annotations needs a JSON file';
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 2) return 'give the old file and the new file';
  if (!annotations) return '--annotations <anns.json> is required';
  return { oldFile: files[0] ?? '', newFile: files[1] ?? '', annotations, json };
}

type OutputRow = Readonly<{
  id: string | number;
  status: 'anchored' | 'orphaned';
  start: number | null;
  end: number | null;
  quote: string;
  score: number;
  method: string | null;
}>;

function formatRow(row: OutputRow): string {
  const where =
    row.status === 'anchored'
      ? `${row.start}–${row.end} (${row.method}, score ${row.score.toFixed(2)})`
      : `orphaned (best score ${row.score.toFixed(2)})`;
  return `${row.id}: ${where}  "${row.quote.length > 80 ? `${row.quote.slice(0, 77)}...` : row.quote}"`;
}

/**
 * Moves annotations made on the old version of a spec onto the new one with the app's own
 * re-anchoring code; both files are read through the same import pipeline, so offsets are into
 * the normalized text that `parse --json` prints as `text`.
 */
export const reanchorCommand: CliCommand = async (args, io) => {
  const options = readReanchorArguments(args);
  if (typeof options === 'string') {
    io.err(`reanchor: ${options}\n${USAGE}`);
    return 2;
  }
  let parsed: z.infer<typeof annotationsSchema>;
  try {
    parsed = annotationsSchema.parse(JSON.parse(await readFile(resolve(io.cwd, options.annotations), 'utf8')));
  } catch (error) {
    const reason =
      error instanceof z.ZodError
        ? 'expected [{ "id", "start", "end" }] with whole-number offsets'
        : error instanceof Error
          ? error.message
          : String(error);
    io.err(`reanchor: ${options.annotations}: ${reason}`);
    return 2;
  }
  const { loaded, failed } = await loadSpecs([options.oldFile, options.newFile], { cwd: io.cwd });
  for (const failure of failed) io.err(`${failure.file}: ${failure.message}`);
  const [oldSpec, newSpec] = loaded;
  if (failed.length > 0 || !oldSpec || !newSpec) return 1;
  const oldText = oldSpec.spec.text;
  const targets: AnchorTarget[] = [];
  for (const annotation of parsed) {
    const target = createTarget(oldText, annotation.start, annotation.end);
    if (!target) {
      io.err(
        `reanchor: annotation ${annotation.id}: ${annotation.start}–${annotation.end} is not a non-empty range of the old text (${oldText.length} characters)`,
      );
      return 2;
    }
    targets.push(target);
  }
  const results = reanchorAll(oldText, newSpec.spec.text, targets);
  const rows: OutputRow[] = results.map((result, index) => {
    const id = parsed[index]?.id ?? index;
    return result.status === 'anchored'
      ? {
          id,
          status: 'anchored',
          start: result.start,
          end: result.end,
          quote: result.quote,
          score: result.score,
          method: result.method,
        }
      : {
          id,
          status: 'orphaned',
          start: null,
          end: null,
          quote: targets[index]?.quote.exact ?? '',
          score: result.score,
          method: null,
        };
  });
  io.out(options.json ? JSON.stringify({ annotations: rows }, null, 2) : rows.map(formatRow).join('\n'));
  return 0;
};
