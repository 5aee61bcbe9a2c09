import { buildSeriesLadder, FACTOR_ORDER, type SeriesLadder } from '../../../shared/compare';
import type { FactorReading } from '../../../shared/spec';
import type { CliCommand } from '../io';
import { loadSpecs, type LoadedSpec, type LoadOptions } from '../loadSpecs';

const USAGE = 'Usage: npm run cli -- series <file or folder...> [--json]';

type SeriesArguments = Readonly<{ files: readonly string[]; json: boolean }>;

function readSeriesArguments(args: readonly string[]): SeriesArguments | string {
  const files: string[] = [];
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length > 0 ? { files, json } : 'no file given';
}

const titleOf = (loaded: LoadedSpec | undefined) => loaded?.spec.title ?? loaded?.file ?? '?';

function readingJson(reading: FactorReading) {
  return { level: reading.level, scaleSize: reading.scaleSize, label: reading.label, basis: reading.basis, evidence: reading.text };
}

/** The `--json` document: classes by grade with their factor readings; inversions and repeats named by class title. */
export function seriesJson(loaded: readonly LoadedSpec[], ladder: SeriesLadder): Record<string, unknown> {
  return {
    classes: ladder.order.map((index) => {
      const spec = loaded[index]?.spec;
      const factors = Object.fromEntries(FACTOR_ORDER.flatMap((key) => (spec?.factors[key] ? [[key, readingJson(spec.factors[key])]] : [])));
      return { title: spec?.title ?? null, grade: spec?.grade ?? null, code: spec?.code ?? null, file: loaded[index]?.file, factors };
    }),
    inversions: ladder.inversions.map((inversion) => ({
      factor: inversion.factor,
      lower: titleOf(loaded[inversion.lower]),
      higher: titleOf(loaded[inversion.higher]),
      lowerGrade: loaded[inversion.lower]?.spec.grade ?? null,
      higherGrade: loaded[inversion.higher]?.spec.grade ?? null,
      lowerLevel: inversion.lowerLevel,
      higherLevel: inversion.higherLevel,
    })),
    identical: ladder.identical.map((repeat) => ({ factor: repeat.factor, classes: repeat.classes.map((index) => titleOf(loaded[index])), text: repeat.text })),
  };
}

/** Readable ladder: one block per class (lowest grade first), then the flags. */
export function formatSeriesText(loaded: readonly LoadedSpec[], ladder: SeriesLadder): string {
  const classes = ladder.order.flatMap((index) => {
    const spec = loaded[index]?.spec;
    const factors = FACTOR_ORDER.flatMap((key) => {
      const reading = spec?.factors[key];
      return reading && key !== 'pay_grade' ? [`    ${key.padEnd(22)} ${reading.label} (${reading.level})`] : [];
    });
    return [`${spec?.grade ?? '—'}  ${titleOf(loaded[index])}  (${loaded[index]?.file})`, ...factors];
  });
  const inversions = ladder.inversions.map(
    (inversion) =>
      `  ${inversion.factor}: ${titleOf(loaded[inversion.higher])} states level ${inversion.higherLevel}, below ${titleOf(loaded[inversion.lower])}'s ${inversion.lowerLevel}`,
  );
  const identical = ladder.identical.map((repeat) => `  ${repeat.factor}: same text in ${repeat.classes.map((index) => titleOf(loaded[index])).join(', ')}`);
  return [
    'Ladder (lowest grade first):',
    ...classes,
    '',
    `Inversions (${inversions.length}):`,
    ...(inversions.length > 0 ? inversions : ['  none']),
    '',
    `Identical factor text (${identical.length}):`,
    ...(identical.length > 0 ? identical : ['  none']),
  ].join('\n');
}

export function createSeriesCommand(script?: LoadOptions['script']): CliCommand {
  return async (args, io) => {
    const options = readSeriesArguments(args);
    if (typeof options === 'string') {
      io.err(`series: ${options}\n${USAGE}`);
      return 2;
    }
    const { loaded, failed } = await loadSpecs(options.files, { cwd: io.cwd, ...(script ? { script } : {}) });
    for (const failure of failed) io.err(`${failure.file}: ${failure.message}`);
    if (loaded.length === 0) return 1;
    const ladder = buildSeriesLadder(loaded.map((entry) => entry.spec));
    io.out(options.json ? JSON.stringify(seriesJson(loaded, ladder), null, 2) : formatSeriesText(loaded, ladder));
    return failed.length > 0 ? 1 : 0;
  };
}

export const seriesCommand: CliCommand = createSeriesCommand();
