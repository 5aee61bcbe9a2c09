import { termsOf } from '../../text';
import { buildPostings, type Postings } from '../postings';
import type { ActivityData, LinkedTask } from './activityData';
import { ACTIVITY_NAMED_MIN } from '../thresholds';

/**
 * A statement seen as work: its similarity to each O*NET Detailed Work Activity, as a sparse
 * unit vector over the strongest activities (strongest first). `strengths` holds each kept
 * activity's plain cosine with the statement: the vector says which activities lead, relative to
 * each other; the cosine says how plainly the statement is that activity at all.
 */
export type ActivityProfile = Readonly<{ activities: Int32Array; weights: Float64Array; strengths: Float64Array }>;

export const EMPTY_PROFILE: ActivityProfile = {
  activities: new Int32Array(0),
  weights: new Float64Array(0),
  strengths: new Float64Array(0),
};

/**
 * Each work activity described by the words of the task statements O*NET analysts linked to it
 * and of its own title (an IDF-weighted centroid), indexed by term for fast lookup.
 */
export type ActivityModel = Readonly<{
  titles: readonly string[];
  /**
   * Per activity, its intermediate and general activity in O*NET's taxonomy (indices; the ids
   * with their last `.Dnn`, and `.Inn.Dnn`, dropped). Absent when built from titles alone.
   */
  groups?: ActivityGroups;
  idf: ReadonlyMap<string, number>;
  /** Per term, the activities whose centroid holds it and the term's weight there. */
  postings: Postings;
  /** Scratch, one slot per activity; lookups are synchronous so one buffer serves them all. */
  scratch: Float64Array;
  /** Profiles already computed, by term list: specs repeat their duties across comparisons. */
  cache: Map<string, ActivityProfile>;
}>;

export type ActivityGroups = Readonly<{ intermediate: Int32Array; general: Int32Array }>;

/** Each activity's intermediate and general activity, from O*NET's DWA ids ("4.A.1.a.1.I01.D01" → "4.A.1.a.1.I01" → "4.A.1.a.1"). */
export function activityGroupsOf(ids: readonly string[]): ActivityGroups {
  const indexer = () => {
    const seen = new Map<string, number>();
    return (key: string) => {
      let index = seen.get(key);
      if (index === undefined) seen.set(key, (index = seen.size));
      return index;
    };
  };
  const intermediate = indexer();
  const general = indexer();
  return {
    intermediate: Int32Array.from(ids, (id) => intermediate(id.replace(/\.D\d+$/u, ''))),
    general: Int32Array.from(ids, (id) => general(id.replace(/\.I\d+\.D\d+$/u, ''))),
  };
}

/** Activities kept per profile, and the power that lets the closest activities dominate it. */
const PROFILE_SIZE = 30;
const PROFILE_POWER = 2;
const CACHE_LIMIT = 50_000;
/** Known words a statement needs before any activity counts as plainly what it is (`strengths`). */
const PLAIN_TERMS_MIN = 2;
/**
 * Terms weighing less than this in an activity's centroid are left out of its index: a word
 * used once among hundreds of linked tasks says little about the activity, and dropping them
 * shortens the lists a lookup walks several-fold.
 */
const MIN_CENTROID_WEIGHT = 0.04;

function unitLength(vector: Map<string, number>): void {
  let squared = 0;
  for (const value of vector.values()) squared += value * value;
  const norm = Math.sqrt(squared) || 1;
  for (const [term, value] of vector) vector.set(term, value / norm);
}

export function buildActivityModel(
  titles: readonly string[],
  tasks: readonly LinkedTask[],
  groups?: ActivityGroups,
): ActivityModel {
  const documents = [
    ...tasks.map((task) => ({ terms: new Set(termsOf(task.text)), activities: task.activities })),
    ...titles.map((title, activity) => ({ terms: new Set(termsOf(title)), activities: [activity] })),
  ];
  const frequency = new Map<string, number>();
  for (const taskEntry of documents)
    for (const term of taskEntry.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of frequency) idf.set(term, Math.log(1 + documents.length / count));
  const centroids = titles.map(() => new Map<string, number>());
  for (const taskEntry of documents) {
    const share = 1 / taskEntry.activities.length;
    for (const activity of taskEntry.activities) {
      const centroid = centroids[activity];
      if (!centroid) continue;
      for (const term of taskEntry.terms) centroid.set(term, (centroid.get(term) ?? 0) + share * (idf.get(term) ?? 0));
    }
  }
  const postings = buildPostings(
    centroids.map((centroid) => {
      unitLength(centroid);
      return [...centroid].filter(([, weight]) => weight >= MIN_CENTROID_WEIGHT);
    }),
  );
  return {
    titles,
    ...(groups ? { groups } : {}),
    idf,
    postings,
    scratch: new Float64Array(titles.length),
    cache: new Map(),
  };
}

export function buildActivityModelFromData(data: ActivityData, tasks: readonly LinkedTask[]): ActivityModel {
  return buildActivityModel(
    data.dwas.map(([, title]) => title),
    tasks,
    activityGroupsOf(data.dwas.map(([id]) => id)),
  );
}

/** The PROFILE_SIZE activities with the highest scores, strongest first (ties: lower index first). */
function strongest(touched: readonly number[], scores: Float64Array): (readonly [number, number])[] {
  const top: [number, number][] = [];
  for (const activity of touched) {
    const score = scores[activity] as number;
    if (top.length === PROFILE_SIZE) {
      const weakest = top[PROFILE_SIZE - 1] as [number, number];
      if (score < weakest[1] || (score === weakest[1] && activity > weakest[0])) continue;
    }
    let at = top.length;
    while (at > 0) {
      const [previousActivity, previousScore] = top[at - 1] as [number, number];
      if (previousScore > score || (previousScore === score && previousActivity < activity)) break;
      at -= 1;
    }
    top.splice(at, 0, [activity, score]);
    if (top.length > PROFILE_SIZE) top.pop();
  }
  return top;
}

/** The statement's cosine with every activity centroid, the strongest PROFILE_SIZE kept, sharpened and scaled to unit length. */
export function activityProfile(model: ActivityModel, terms: readonly string[]): ActivityProfile {
  let byList = profilesByList.get(model);
  if (!byList) profilesByList.set(model, (byList = new WeakMap()));
  const known = byList.get(terms);
  if (known) return known;
  const profile = profileOf(model, terms);
  byList.set(terms, profile);
  return profile;
}

// Analyses are kept by text (analyzeStatement), so the same term list comes back for the same
// duty: looking it up by identity skips building the sorted key the shared cache needs.
const profilesByList = new WeakMap<ActivityModel, WeakMap<readonly string[], ActivityProfile>>();

function profileOf(model: ActivityModel, terms: readonly string[]): ActivityProfile {
  const distinct = [...new Set(terms)].filter((term) => model.idf.has(term)).sort();
  const key = distinct.join(' ');
  const cached = model.cache.get(key);
  if (cached) return cached;
  let squared = 0;
  for (const term of distinct) squared += (model.idf.get(term) ?? 0) ** 2;
  const norm = Math.sqrt(squared) || 1;
  const { scratch } = model;
  const touched: number[] = [];
  for (const term of distinct) {
    const list = model.postings.get(term);
    if (!list) continue;
    const weight = (model.idf.get(term) ?? 0) / norm;
    for (let position = 0; position < list.ids.length; position += 1) {
      const activity = list.ids[position] as number;
      if (scratch[activity] === 0) touched.push(activity);
      scratch[activity] = (scratch[activity] as number) + weight * (list.weights[position] as number);
    }
  }
  const kept = strongest(touched, scratch);
  for (const activity of touched) scratch[activity] = 0;
  const length = Math.sqrt(kept.reduce((sum, [, score]) => sum + score ** (2 * PROFILE_POWER), 0));
  const profile: ActivityProfile =
    length === 0
      ? EMPTY_PROFILE
      : {
          activities: Int32Array.from(kept.map(([activity]) => activity)),
          weights: Float64Array.from(kept.map(([, score]) => score ** PROFILE_POWER / length)),
          // A statement of one known word ("Perform related duties as required": perform) is as close
          // to "Evaluate employee performance" as to anything using that word: no activity is plain.
          strengths: Float64Array.from(kept.map(([, score]) => (distinct.length >= PLAIN_TERMS_MIN ? score : 0))),
        };
  if (model.cache.size < CACHE_LIMIT) model.cache.set(key, profile);
  return profile;
}

// A profile's positions by activity, made on first use: pairs of duties, clauses and whole specs
// compare the same profiles many times, and a lookup beats scanning the other profile each time.
const positionMaps = new WeakMap<ActivityProfile, ReadonlyMap<number, number>>();

function positionsByActivity(profile: ActivityProfile): ReadonlyMap<number, number> {
  let positions = positionMaps.get(profile);
  if (!positions) {
    const map = new Map<number, number>();
    profile.activities.forEach((activity, position) => map.set(activity, position));
    positionMaps.set(profile, (positions = map));
  }
  return positions;
}

/**
 * Cosine of two profiles, and the activity to name as their shared work: of the activities both
 * plainly are (cosine at least ACTIVITY_NAMED_MIN with each statement), the one the weaker of
 * the two is most plainly; null when there is none. The profiles can agree closely while neither
 * statement is any O*NET activity in particular ("serve a variety of citizens' needs" leads to
 * "Serve food or beverages"): the agreement is evidence of alike work, but the title would be a
 * false reason in a printout.
 */
export function sharedWork(
  a: ActivityProfile,
  b: ActivityProfile,
): Readonly<{ score: number; activity: number | null }> {
  if (a.activities.length === 0 || b.activities.length === 0) return { score: 0, activity: null };
  const other = positionsByActivity(b);
  let score = 0;
  let activity: number | null = null;
  let plainest = ACTIVITY_NAMED_MIN;
  for (let x = 0; x < a.activities.length; x += 1) {
    const wanted = a.activities[x] as number;
    const y = other.get(wanted);
    if (y === undefined) continue;
    score += (a.weights[x] as number) * (b.weights[y] as number);
    const plainness = Math.min(a.strengths[x] as number, b.strengths[y] as number);
    if (plainness >= plainest) [plainest, activity] = [plainness, wanted];
  }
  return { score: Math.min(1, score), activity };
}
