import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { IMPORT_LIMITS } from '../../../shared/import';
import {
  formatSummary,
  readGoldLines,
  scoreFields,
  summarize,
  type DocumentOutcome,
  type GoldRecord,
  type ParsedFields,
} from '../../../shared/parseEval';
import { readSpecFile } from '../../main/import';
import type { CliCommand } from '../io';

const USAGE = 'Usage: npm run eval:parse -- <gold.jsonl> <docs folder> [min accuracy, default 0.9] [--details]';

type EvalArguments = Readonly<{ goldPath: string; docsDir: string; needed: number; details: boolean }>;

function readArguments(args: readonly string[], cwd: string): EvalArguments | string {
  const details = args.includes('--details');
  const positional = args.filter((arg) => arg !== '--details');
  const unknown = positional.find((arg) => arg.startsWith('--'));
  if (unknown !== undefined) return `unknown option ${unknown}`;
  const [gold, docs, min] = positional;
  if (gold === undefined || docs === undefined || positional.length > 3)
    return 'a gold JSONL file and a documents folder are needed';
  const needed = min === undefined ? 0.9 : Number(min);
  if (!(needed >= 0 && needed <= 1)) return 'the minimum accuracy is a number between 0 and 1';
  return { goldPath: resolve(cwd, gold), docsDir: resolve(cwd, docs), needed, details };
}

// Expected against parsed, for each wrong field: what a parser developer reads first.
function describeMisses(gold: GoldRecord, parsed: ParsedFields, wrong: readonly string[]): string[] {
  const duties = parsed.duties.map((duty) => duty.text.slice(0, 60));
  const shown: Record<string, [unknown, unknown]> = {
    title: [gold.title, parsed.title],
    code: [gold.code, parsed.code],
    grade: [gold.grade, parsed.grade ?? parsed.salaryRange],
    duty_count: [gold.duty_count, duties.length],
    first_duty: [gold.first_duty, duties[0] ?? null],
    last_duty: [gold.last_duty, duties.at(-1) ?? null],
    sections: [gold.section_headings, parsed.sections.map((section) => section.heading)],
    experience_years: [gold.experience_years, parsed.experienceYears],
  };
  return wrong.map(
    (field) =>
      `    ${field}: expected ${JSON.stringify(shown[field]?.[0])}\n    ${' '.repeat(field.length)}  parsed   ${JSON.stringify(shown[field]?.[1])}`,
  );
}

/** Parses every gold document in this process (same extraction and parser as an import) and scores it like the corpus scorer. */
export const evalParseCommand: CliCommand = async (args, io) => {
  const options = readArguments(args, io.cwd);
  if (typeof options === 'string') {
    io.err(`eval:parse: ${options}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(options.goldPath)) {
    io.err(`eval:parse: ${options.goldPath} does not exist`);
    return 2;
  }
  const { records, problems } = readGoldLines(readFileSync(options.goldPath, 'utf8'));
  if (problems.length > 0) {
    io.err(`eval:parse: the gold file has lines that are not records:\n${problems.join('\n')}`);
    return 2;
  }
  const outcomes: DocumentOutcome[] = [];
  const details: string[] = [];
  for (const [taskId, gold] of records.entries()) {
    const path = join(options.docsDir, gold.file);
    if (!existsSync(path)) {
      io.err(`missing document ${gold.file}`);
      return 1;
    }
    const result = await readSpecFile({
      taskId,
      path,
      fileName: basename(path),
      relativePath: gold.file,
      limits: IMPORT_LIMITS,
    });
    if (!result.ok) {
      outcomes.push({ file: gold.file, failure: result.failure.message });
      continue;
    }
    const { spec } = result.spec;
    const parsed: ParsedFields = { ...spec, experienceYears: spec.qualifications.experienceYears };
    const scores = scoreFields(gold, parsed);
    outcomes.push({ file: gold.file, scores });
    const wrong = Object.entries(scores)
      .filter(([, score]) => score < 1)
      .map(([field]) => field);
    if (options.details && wrong.length > 0) details.push(`${gold.file}`, ...describeMisses(gold, parsed, wrong));
  }
  const summary = summarize(outcomes);
  if (details.length > 0) io.out(details.join('\n'));
  io.out(formatSummary(summary, options.needed));
  return summary.overall >= options.needed ? 0 : 1;
};
