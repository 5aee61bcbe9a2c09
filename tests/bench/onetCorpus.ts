// The O*NET development half as benchmark material: occupations split by SOC code into a tuning
// part and a check part, related occupation pairs (sharing work activities) within each part,
// and the activity model built from the tuning part only, so check figures are on unseen tasks.
import { readFile } from 'node:fs/promises';
import type { ActivityData } from '../../shared/compare/activities/activityData';

export type Occupation = Readonly<{
  soc: string;
  title: string;
  tasks: readonly Readonly<{ text: string; activities: readonly number[] }>[];
}>;
export type OccupationPair = Readonly<{ a: Occupation; b: Occupation; shared: number }>;

/** Share of occupations held out of tuning, chosen by a hash of the SOC code (stable across runs and data updates). */
const CHECK_SHARE = 0.3;

function hashOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash;
}

export function isCheckOccupation(soc: string): boolean {
  return hashOf(soc) % 1000 < CHECK_SHARE * 1000;
}

/**
 * The tuning fold (0 or 1) of a tuning occupation, by another hash of its SOC code. Not by a digit of
 * the code: O*NET codes nearly all end in ".00", which put almost every occupation in one fold.
 */
export function tuningFoldOf(soc: string): number {
  return (hashOf(`${soc}/half`) >>> 3) % 2;
}

export async function loadActivityData(): Promise<ActivityData> {
  return JSON.parse(await readFile('shared/compare/activities/onetActivities.json', 'utf8')) as ActivityData;
}

export function occupationsOf(data: ActivityData): Occupation[] {
  return data.occupations.map(([soc, title, tasks]) => ({
    soc,
    title,
    tasks: tasks.map(([text, activities]) => ({ text, activities })),
  }));
}

function activitySet(occupation: Occupation): Set<number> {
  return new Set(occupation.tasks.flatMap((task) => task.activities));
}

/**
 * Each occupation with the other occupation of the same part that shares most work activities
 * (at least `minShared`), each unordered pair once.
 */
export function relatedPairs(occupations: readonly Occupation[], minShared = 3): OccupationPair[] {
  const sets = occupations.map(activitySet);
  const seen = new Set<string>();
  const pairs: OccupationPair[] = [];
  occupations.forEach((a, x) => {
    let best = -1;
    let bestShared = minShared - 1;
    occupations.forEach((_, y) => {
      if (x === y) return;
      let shared = 0;
      for (const activity of sets[x] ?? []) if (sets[y]?.has(activity)) shared += 1;
      if (shared > bestShared) [best, bestShared] = [y, shared];
    });
    const b = occupations[best];
    if (!b) return;
    const key = [a.soc, b.soc].sort().join('|');
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({ a, b, shared: bestShared });
  });
  return pairs;
}

/** Pairs of occupations of one part sharing no work activity at all (a fixed, spread-out sample). */
export function unrelatedPairs(occupations: readonly Occupation[], count: number): OccupationPair[] {
  const sets = occupations.map(activitySet);
  const pairs: OccupationPair[] = [];
  const step = Math.max(1, Math.floor(occupations.length / count));
  for (let x = 0; x < occupations.length && pairs.length < count; x += step) {
    for (let offset = 1; offset < occupations.length; offset += 1) {
      const y = (x + offset * 7) % occupations.length;
      if (y === x) continue;
      if ([...(sets[x] ?? [])].some((activity) => sets[y]?.has(activity))) continue;
      pairs.push({ a: occupations[x]!, b: occupations[y]!, shared: 0 });
      break;
    }
  }
  return pairs;
}
