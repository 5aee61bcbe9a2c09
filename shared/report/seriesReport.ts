import { FACTOR_ORDER, type SeriesLadder } from '../compare';
import type { ClassSpec, FactorKey, FactorReading } from '../model';
import type { LadderDutyRow } from './chainDutyRows';
import { FACTOR_NAMES } from './labels';

export type SeriesColumn = Readonly<{ title: string; code: string | null; grade: string | null }>;

export type SeriesFactorCell = Readonly<{
  level: number;
  /** How the level was read: 'value' levels (years, pay grade) print as their label. */
  basis?: FactorReading['basis'];
  scaleSize: number;
  label: string;
  text: string;
  /** 0 (lowest) … 4 (highest) share of the factor's 0-based scale, for the heat-map. */
  heat: number;
  flags: readonly string[];
}>;

export type SeriesFactorRow = Readonly<{
  key: FactorKey;
  name: string;
  cells: readonly (SeriesFactorCell | null)[];
  flagged: boolean;
}>;

export type SeriesDutyRow = Readonly<{ text: string; cells: readonly (number | null)[] }>;

export type SeriesReport = Readonly<{
  name: string;
  generatedOn: string;
  columns: readonly SeriesColumn[];
  factors: readonly SeriesFactorRow[];
  duties: readonly SeriesDutyRow[];
  /** One sentence per flag, for a list under the table. */
  findings: readonly string[];
}>;

export type SeriesReportInput = Readonly<{
  name: string;
  generatedOn: string;
  /** In the caller's input order; `ladder.order` says the grade order. */
  specs: readonly ClassSpec[];
  ladder: SeriesLadder;
  /** Duty rows with cells in ladder (column) order. */
  dutyRows: readonly LadderDutyRow[];
}>;

export function heatOf(level: number, scaleSize: number): number {
  const share = scaleSize > 1 ? level / (scaleSize - 1) : 1;
  return Math.max(0, Math.min(4, Math.round(share * 4)));
}

const titleOf = (spec: ClassSpec | undefined, index: number): string => spec?.title?.trim() || `Class ${index + 1}`;

/** The ladder table: classes by grade in columns, one row per factor with flags explained in words. */
export function buildSeriesReport(input: SeriesReportInput): SeriesReport {
  const { specs, ladder } = input;
  const ordered = ladder.order.map((index) => specs[index]);
  const flags = new Map<string, string[]>();
  const addFlag = (key: FactorKey, specIndex: number, text: string): void => {
    const id = `${key}:${specIndex}`;
    flags.set(id, [...(flags.get(id) ?? []), text]);
  };
  const findings: string[] = [];
  for (const inversion of ladder.inversions) {
    const lower = titleOf(specs[inversion.lower], inversion.lower);
    const higher = titleOf(specs[inversion.higher], inversion.higher);
    const sentence = `${FACTOR_NAMES[inversion.factor]}: ${higher} (higher grade) states level ${inversion.higherLevel}, below ${lower} at level ${inversion.lowerLevel}.`;
    addFlag(inversion.factor, inversion.higher, `▼ Inversion: lower than ${lower}`);
    findings.push(`▼ Inversion — ${sentence}`);
  }
  for (const repeat of ladder.identical) {
    const titles = repeat.classes.map((index) => titleOf(specs[index], index));
    for (const index of repeat.classes) {
      const others = repeat.classes.filter((other) => other !== index).map((other) => titleOf(specs[other], other));
      addFlag(repeat.factor, index, `≡ Same text as ${others.join(', ')}`);
    }
    findings.push(
      `≡ Identical text — ${FACTOR_NAMES[repeat.factor]} is word for word the same in ${titles.join(' and ')}, so the statement does not tell these levels apart.`,
    );
  }
  const factors = FACTOR_ORDER.flatMap((key): SeriesFactorRow[] => {
    const cells = ordered.map((spec, column): SeriesFactorCell | null => {
      const reading = spec?.factors[key];
      const specIndex = ladder.order[column] ?? column;
      if (!reading) return null;
      return {
        level: reading.level,
        scaleSize: reading.scaleSize,
        label: reading.label,
        basis: reading.basis,
        text: reading.text,
        heat: heatOf(reading.level, reading.scaleSize),
        flags: flags.get(`${key}:${specIndex}`) ?? [],
      };
    });
    if (cells.every((cell) => cell === null)) return [];
    return [{ key, name: FACTOR_NAMES[key], cells, flagged: cells.some((cell) => (cell?.flags.length ?? 0) > 0) }];
  });
  return {
    name: input.name,
    generatedOn: input.generatedOn,
    columns: ordered.map((spec, column) => ({
      title: titleOf(spec, ladder.order[column] ?? column),
      code: spec?.code ?? null,
      grade: spec?.grade ?? null,
    })),
    factors,
    duties: input.dutyRows.map((row) => ({ text: row.text, cells: row.cells })),
    findings,
  };
}
