import { buildSeriesLadder, FACTOR_ORDER, type SeriesLadder } from '../../../shared/compare';
import { calibrateFactors } from '../../../shared/factors';
import type { FactorReading, FactorReadings } from '../../../shared/model';
import type { CliCommand } from '../io';
import { loadContext, loadSpecs, type LoadedSpec, type LoadOptions } from '../loadSpecs';

const USAGE = 'Usage: npm run cli -- series <file or folder...> [--json] [--calibrate]';

type SeriesArguments = Readonly<{ files: readonly string[]; json: boolean; calibrate: boolean }>;

export function readSeriesArguments(args: readonly string[]): SeriesArguments | string {
  const files: string[] = [];
  let json = false;
  let calibrate = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--calibrate') calibrate = true;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length > 0 ? { files, json, calibrate } : 'no file given';
}

/** What a ladder shows: each class's own readings, or with --calibrate the ones its employer's shared sentences imply. */
type ReadingsOf = (index: number) => FactorReadings;

const titleOf = (loaded: LoadedSpec | undefined) => loaded?.spec.title ?? loaded?.file ?? '?';

function readingJson(reading: FactorReading) {
  return {
    level: reading.level,
    scaleSize: reading.scaleSize,
    label: reading.label,
    basis: reading.basis,
    evidence: reading.text,
  };
}

/** The `--json` document: classes by grade with their factor readings; inversions and repeats named by class title. */
export function seriesJson(
  loaded: readonly LoadedSpec[],
  ladder: SeriesLadder,
  readingsOf: ReadingsOf,
): Record<string, unknown> {
  return {
    classes: ladder.order.map((index) => {
      const spec = loaded[index]?.spec;
      const readings = readingsOf(index);
      const factors = Object.fromEntries(
        FACTOR_ORDER.flatMap((key) => (readings[key] ? [[key, readingJson(readings[key])]] : [])),
      );
      return {
        title: spec?.title ?? null,
        grade: spec?.grade ?? null,
        code: spec?.code ?? null,
        file: loaded[index]?.file,
        factors,
      };
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
    identical: ladder.identical.map((repeat) => ({
      factor: repeat.factor,
      classes: repeat.classes.map((index) => titleOf(loaded[index])),
      text: repeat.text,
    })),
  };
}

/** Readable ladder: one block per class (lowest grade first), then the flags. */
export function formatSeriesText(loaded: readonly LoadedSpec[], ladder: SeriesLadder, readingsOf: ReadingsOf): string {
  const classes = ladder.order.flatMap((index) => {
    const spec = loaded[index]?.spec;
    const factors = FACTOR_ORDER.flatMap((key) => {
      const reading = readingsOf(index)[key];
      return reading && key !== 'pay_grade' ? [`    ${key.padEnd(22)} ${reading.label} (${reading.level})`] : [];
    });
    return [`${spec?.grade ?? '—'}  ${titleOf(loaded[index])}  (${loaded[index]?.file})`, ...factors];
  });
  const inversions = ladder.inversions.map(
    (inversion) =>
      `  ${inversion.factor}: ${titleOf(loaded[inversion.higher])} states level ${inversion.higherLevel}, below ${titleOf(loaded[inversion.lower])}'s ${inversion.lowerLevel}`,
  );
  const identical = ladder.identical.map(
    (repeat) => `  ${repeat.factor}: same text in ${repeat.classes.map((index) => titleOf(loaded[index])).join(', ')}`,
  );
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
    const { loaded, failed } = await loadSpecs(options.files, { ...loadContext(io), ...(script ? { script } : {}) });
    for (const failure of failed) io.err(`${failure.file}: ${failure.message}`);
    if (loaded.length === 0) return 1;
    const specs = loaded.map((entry) => entry.spec);
    const readings = options.calibrate ? calibrateFactors(specs) : undefined;
    const ladder = buildSeriesLadder(specs, readings ? { readings } : {});
    const readingsOf: ReadingsOf = (index) => readings?.get(index) ?? specs[index]?.factors ?? {};
    io.out(
      options.json
        ? JSON.stringify(seriesJson(loaded, ladder, readingsOf), null, 2)
        : formatSeriesText(loaded, ladder, readingsOf),
    );
    return failed.length > 0 ? 1 : 0;
  };
}

export const seriesCommand: CliCommand = createSeriesCommand();
