import {
  compareSpecs,
  coverText,
  DEFAULT_MATCH_THRESHOLD,
  isMatchThreshold,
  loadActivityModel,
  type Comparison,
  type DutyPair,
  type FactorGap,
} from '../../../shared/compare';
import type { TextDiff } from '../../../shared/diff';
import { levelText } from '../../../shared/report';
import type { CliCommand } from '../io';
import { loadContext, loadSpecs, type LoadedSpec, type LoadOptions } from '../loadSpecs';
import { buildPrintoutHtml, printDate, takePrintoutOptions, writePrintouts } from '../printout';

const USAGE =
  'Usage: npm run cli -- compare <fileA> <fileB> [--json] [--threshold 0.7] [--html out.html] [--pdf out.pdf] [--preparer <name>] [--case <number>]';

export type CompareArguments = Readonly<{ files: readonly [string, string]; json: boolean; threshold: number }>;

/** Reads `compare` arguments; returns the problem as a string. Unknown options are refused, not ignored. */
export function readCompareArguments(args: readonly string[]): CompareArguments | string {
  const files: string[] = [];
  let json = false;
  let threshold = DEFAULT_MATCH_THRESHOLD;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--threshold') {
      const value = Number(args[(index += 1)]);
      if (!isMatchThreshold(value)) return '--threshold needs 0.5 to 1 in steps of 0.05 (e.g. 0.7 or 0.8)';
      threshold = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  const [fileA, fileB] = files;
  if (files.length !== 2 || fileA === undefined || fileB === undefined)
    return `compare needs exactly two files (got ${files.length})`;
  return { files: [fileA, fileB], json, threshold };
}

export type CompareOutcome =
  | Readonly<{ ok: true; a: LoadedSpec; b: LoadedSpec; comparison: Comparison }>
  | Readonly<{ ok: false; errors: readonly string[] }>;

/** Loads two files and compares them: the seam the printout options (--html/--pdf) build on. */
export async function compareFiles(
  fileA: string,
  fileB: string,
  options: LoadOptions & Readonly<{ threshold?: number }>,
): Promise<CompareOutcome> {
  const { loaded, failed } = await loadSpecs([fileA, fileB], options);
  const [a, b] = loaded;
  if (failed.length > 0 || !a || !b || loaded.length !== 2) {
    const errors = failed.map((failure) => `${failure.file}: ${failure.message}`);
    return {
      ok: false,
      errors: errors.length > 0 ? errors : [`${fileA}, ${fileB}: each argument must be one class specification file`],
    };
  }
  const activities = await loadActivityModel();
  return {
    ok: true,
    a,
    b,
    comparison: compareSpecs(a.spec, b.spec, {
      activities,
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    }),
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const oneBased = (index: number | null) => (index === null ? null : index + 1);

function diffJson(diff: TextDiff | undefined) {
  return diff ? { granularity: diff.granularity, changes: diff.changes } : undefined;
}

function dutyJson(pair: DutyPair, a: LoadedSpec, b: LoadedSpec) {
  return {
    a: oneBased(pair.a),
    b: oneBased(pair.b),
    kind: pair.kind,
    score: round(pair.score),
    moved: pair.moved,
    ...(pair.group ? { group: pair.group } : {}),
    ...(pair.why
      ? {
          why: {
            text: pair.why.text,
            activity: pair.why.activity,
            terms: pair.why.terms,
            score: round(pair.why.score),
          },
        }
      : {}),
    aText: pair.a === null ? null : (a.spec.duties[pair.a]?.text ?? null),
    bText: pair.b === null ? null : (b.spec.duties[pair.b]?.text ?? null),
    ...(pair.diff ? { diff: diffJson(pair.diff) } : {}),
  };
}

function factorJson(gap: FactorGap) {
  return {
    key: gap.key,
    a: gap.a?.level ?? null,
    b: gap.b?.level ?? null,
    delta: gap.delta,
    scaleSize: gap.a?.scaleSize ?? gap.b?.scaleSize ?? null,
    aLabel: gap.a?.label ?? null,
    bLabel: gap.b?.label ?? null,
    aBasis: gap.a?.basis ?? null,
    bBasis: gap.b?.basis ?? null,
    aEvidence: gap.a?.text ?? null,
    bEvidence: gap.b?.text ?? null,
  };
}

/** The `--json` document: 1-based duty numbers, every pair and factor level with its text. */
export function comparisonJson(a: LoadedSpec, b: LoadedSpec, comparison: Comparison): Record<string, unknown> {
  const header = (loaded: LoadedSpec, side: Comparison['a']) => ({
    title: side.title,
    code: side.code,
    grade: side.grade,
    jurisdiction: side.jurisdiction,
    file: loaded.file,
  });
  const { coverage } = comparison;
  return {
    algoVersion: comparison.algoVersion,
    a: header(a, comparison.a),
    b: header(b, comparison.b),
    duties: comparison.duties.map((pair) => dutyJson(pair, a, b)),
    cover: comparison.cover.map((entry) => ({
      side: entry.side,
      duty: entry.duty + 1,
      by: entry.by + 1,
      credit: entry.credit,
      score: round(entry.score),
      activity: entry.activity,
      why: coverText(entry),
    })),
    coverage: {
      ...coverage,
      aInB: round(coverage.aInB),
      bInA: round(coverage.bInA),
      otherAInB: coverage.otherAInB === null ? null : round(coverage.otherAInB),
      otherBInA: coverage.otherBInA === null ? null : round(coverage.otherBInA),
    },
    factors: comparison.factors.map(factorJson),
    sections: comparison.sections.map((section) => ({
      kind: section.kind,
      aHeading: section.a?.heading ?? null,
      bHeading: section.b?.heading ?? null,
      status: !section.a ? 'only-b' : !section.b ? 'only-a' : section.a.text === section.b.text ? 'same' : 'changed',
      ...(section.diff && section.a?.text !== section.b?.text ? { diff: diffJson(section.diff) } : {}),
    })),
  };
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const clip = (text: string, length = 100) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function dutyLine(pair: DutyPair, a: LoadedSpec, b: LoadedSpec): string[] {
  const textA = pair.a === null ? '' : (a.spec.duties[pair.a]?.text ?? '');
  const textB = pair.b === null ? '' : (b.spec.duties[pair.b]?.text ?? '');
  if (pair.kind === 'only-a') return [`  A${oneBased(pair.a)}        only in A   ${clip(textA)}`];
  if (pair.kind === 'only-b') return [`       B${oneBased(pair.b)}   only in B   ${clip(textB)}`];
  const flags = [pair.moved ? 'moved' : '', pair.group ?? ''].filter(Boolean).join(', ');
  const label = `  A${oneBased(pair.a)} ↔ B${oneBased(pair.b)}`.padEnd(12);
  const why = pair.why ? [`        why: ${pair.why.text}`] : [];
  return [
    `${label} ${pair.kind.padEnd(9)} ${pair.score.toFixed(2)}${flags ? ` (${flags})` : ''}`,
    `        A: ${clip(textA)}`,
    `        B: ${clip(textB)}`,
    ...why,
  ];
}

function factorLine(gap: FactorGap): string {
  const side = (reading: FactorGap['a']) =>
    reading ? levelText(reading.level, reading.scaleSize, reading.label, reading.basis) : '—';
  const delta = gap.delta === null ? '' : gap.delta > 0 ? `  +${gap.delta}` : gap.delta < 0 ? `  ${gap.delta}` : '  =';
  return `  ${gap.key.padEnd(22)} ${side(gap.a)} → ${side(gap.b)}${delta}`;
}

/** Readable comparison for a terminal. */
export function formatComparisonText(a: LoadedSpec, b: LoadedSpec, comparison: Comparison): string {
  const { coverage } = comparison;
  const name = (loaded: LoadedSpec, side: Comparison['a']) =>
    `${side.title ?? '(untitled)'}${side.grade ? ` (grade ${side.grade})` : ''} — ${loaded.file}`;
  const sectionStatus = comparison.sections.map((section) => {
    const status = !section.a
      ? 'only in B'
      : !section.b
        ? 'only in A'
        : section.a.text === section.b.text
          ? 'same'
          : 'changed';
    return `  ${(section.a?.heading ?? section.b?.heading ?? section.kind).padEnd(34)} ${status}`;
  });
  return [
    `A: ${name(a, comparison.a)}`,
    `B: ${name(b, comparison.b)}`,
    '',
    `Coverage: A in B ${percent(coverage.aInB)}, B in A ${percent(coverage.bInA)} → ${coverage.verdict} (threshold ${percent(coverage.threshold)})`,
    ...(coverage.otherAInB !== null || coverage.otherBInA !== null
      ? [`Other duties: A in B ${percent(coverage.otherAInB)}, B in A ${percent(coverage.otherBInA)}`]
      : []),
    '',
    'Duties:',
    ...comparison.duties.flatMap((pair) => dutyLine(pair, a, b)),
    ...(comparison.cover.length > 0
      ? ['', 'Also done by the other class:', ...comparison.cover.map((entry) => `  ${coverText(entry)}`)]
      : []),
    '',
    'Factors (A → B):',
    ...comparison.factors.map(factorLine),
    '',
    'Sections:',
    ...sectionStatus,
  ].join('\n');
}

export function createCompareCommand(script?: LoadOptions['script']): CliCommand {
  return async (args, io) => {
    const printout = takePrintoutOptions(args);
    const options = typeof printout === 'string' ? printout : readCompareArguments(printout.rest);
    if (typeof options === 'string') {
      io.err(`compare: ${options}\n${USAGE}`);
      return 2;
    }
    if (typeof printout === 'string') return 2; // unreachable: a printout error is already in options; narrows the type
    const outcome = await compareFiles(options.files[0], options.files[1], {
      ...loadContext(io),
      threshold: options.threshold,
      ...(script ? { script } : {}),
    });
    if (!outcome.ok) {
      for (const error of outcome.errors) io.err(error);
      return 1;
    }
    io.out(
      options.json
        ? JSON.stringify(comparisonJson(outcome.a, outcome.b, outcome.comparison), null, 2)
        : formatComparisonText(outcome.a, outcome.b, outcome.comparison),
    );
    if (!printout.targets.html && !printout.targets.pdf) return 0;
    return writePrintouts(
      printout.targets,
      buildPrintoutHtml(outcome.a, outcome.b, outcome.comparison, printDate(new Date()), printout.fields),
      io,
      options.json,
    );
  };
}

export const compareCommand: CliCommand = createCompareCommand();
