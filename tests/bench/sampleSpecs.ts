// Seeded class specifications for the benchmarks: the same index always gives the same class, so
// every run measures the same library. Each bench brings its own vocabulary.
import type { SampleSpec } from '../fixtures/generateSpecDocuments';

export type Random = () => number;

export type SpecVocabulary = Readonly<{
  /** Added to the class index to seed its generator, so two benches with one vocabulary still differ. */
  seedOffset: number;
  employers: readonly string[];
  families: readonly string[];
  levels: readonly string[];
  verbs: readonly string[];
  clauses: readonly string[];
  /** What a duty acts on, given the class's family. */
  dutyObject: (next: Random, family: string) => string;
  /** Essential duties per class: at least `least`, up to `least + spread - 1`. */
  essentialDuties: Readonly<{ least: number; spread: number }>;
  education: (next: Random) => string;
}>;

export const LEVELS = [
  'Assistant',
  'Technician I',
  'Technician II',
  'Specialist',
  'Senior Specialist',
  'Supervisor',
  'Manager',
  'Director',
];

/** A linear congruential generator: deterministic, and plenty for varying synthetic text. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const pick = <T>(next: Random, values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;

export function sampleSpec(vocabulary: SpecVocabulary, index: number): SampleSpec {
  const next = seededRandom(index + vocabulary.seedOffset);
  const family = pick(next, vocabulary.families);
  const level = pick(next, vocabulary.levels);
  const clause = (): string => pick(next, vocabulary.clauses);
  const duty = (): string =>
    `${pick(next, vocabulary.verbs)} ${vocabulary.dutyObject(next, family)} ${clause()}; ${pick(next, vocabulary.verbs).toLowerCase()} ${vocabulary.dutyObject(next, family)} ${clause()}.`;
  const { least, spread } = vocabulary.essentialDuties;
  return {
    employer: pick(next, vocabulary.employers),
    title: `${family} ${level}`,
    code: String(1000 + index),
    grade: String(8 + Math.floor(next() * 30)),
    summary: `Performs ${level.toLowerCase()} level work in ${family.toLowerCase()}: ${duty()} ${duty()}`,
    essentialDuties: Array.from({ length: least + Math.floor(next() * spread) }, duty),
    otherDuties: [duty(), 'Performs related duties as assigned.'],
    timeTable: [
      [`${family} operations`, '60%'],
      ['Reporting', '40%'],
    ],
    education: vocabulary.education(next),
    experience: `${1 + Math.floor(next() * 8)} years of progressively responsible experience in ${family.toLowerCase()}.`,
  };
}
