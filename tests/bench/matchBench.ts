// Duty matching and best fit measured on O*NET's expert links (development half only): related
// occupations' task lists as two specs, aligned by the engine and by a TF-IDF baseline in the
// same run; best fit ranking each check occupation by one half of its tasks against all classes
// described by the other half, each half the query in turn.
import { alignDuties, compareSpecs, prepareBestFitIndex, rankBestFit } from '../../shared/compare';
import type { ClassSpec, Duty } from '../../shared/model';
import { termsOf } from '../../shared/text';
import { linkedTasksOf } from '../../shared/compare/activities/activityData';
import { buildActivityModelFromData, type ActivityModel } from '../../shared/compare/activities/activityModel';
import type { ActivityData } from '../../shared/compare/activities/activityData';
import { buildSpec } from '../fixtures/compare/buildSpec';
import { scoreAlignments, type Alignment, type MatchFigures } from './matchScoring';
import {
  isCheckOccupation,
  tuningFoldOf,
  loadActivityData,
  occupationsOf,
  relatedPairs,
  unrelatedPairs,
  type Occupation,
} from './onetCorpus';
import { cosine, idfOver, tfidfBaseline, tfidfVector } from './tfidfBaseline';

type Figures = Record<string, number | string | null>;

const round = (value: number) => Math.round(value * 1000) / 1000;

function dutiesOf(occupation: Occupation): Duty[] {
  let offset = 0;
  return occupation.tasks.map((task) => {
    const span = { start: offset, end: offset + task.text.length };
    offset = span.end + 1;
    return { text: task.text, category: 'essential', span };
  });
}

function engineAlignment(a: Occupation, b: Occupation, activities?: ActivityModel): Alignment {
  return alignDuties(dutiesOf(a), dutiesOf(b), activities ? { activities } : {}).flatMap((pair) =>
    pair.a !== null && pair.b !== null ? [[pair.a, pair.b] as const] : [],
  );
}

function specOf(occupation: Occupation, half: 0 | 1 | 'all'): ClassSpec {
  const tasks = half === 'all' ? occupation.tasks : occupation.tasks.filter((_, index) => index % 2 === half);
  return buildSpec({ title: occupation.title, duties: tasks.map((task) => task.text) });
}

function figures(prefix: string, result: MatchFigures): Figures {
  return {
    [`${prefix}f1`]: round(result.f1),
    [`${prefix}precision`]: round(result.precision),
    [`${prefix}recall`]: round(result.recall),
  };
}

type Ranks = { engine: number[]; tfidf: number[] };

/**
 * Rank of the right class (1-based) for each query occupation, by the engine's best fit and by
 * whole-document TF-IDF: the library holds one half of every occupation's tasks (`libraryHalf`),
 * the query is the other half.
 */
function bestFitRanks(
  occupations: readonly Occupation[],
  activities: ActivityModel,
  isQuery: (soc: string) => boolean,
  libraryHalf: 0 | 1 = 0,
): Ranks {
  const library = occupations.map((occupation) => ({ id: occupation.soc, spec: specOf(occupation, libraryHalf) }));
  const index = prepareBestFitIndex(library, { activities });
  const documents = library.map((entry) => entry.spec.duties.flatMap((duty) => termsOf(duty.text)));
  const idf = idfOver(documents);
  const vectors = documents.map((terms) => tfidfVector(terms, idf));
  const engine: number[] = [];
  const tfidf: number[] = [];
  for (const occupation of occupations) {
    if (!isQuery(occupation.soc) || occupation.tasks.length < 4) continue;
    const query = specOf(occupation, libraryHalf === 0 ? 1 : 0);
    const ranked = rankBestFit(query, index, { limit: RANKED });
    engine.push(ranked.findIndex((entry) => entry.id === occupation.soc) + 1 || RANKED + 1);
    const queryVector = tfidfVector(
      query.duties.flatMap((duty) => termsOf(duty.text)),
      idf,
    );
    const target = cosine(
      queryVector,
      vectors[library.findIndex((entry) => entry.id === occupation.soc)] ?? new Map<string, number>(),
    );
    tfidf.push(1 + vectors.filter((vector) => cosine(queryVector, vector) > target).length);
  }
  return { engine, tfidf };
}

function checkBestFitRanks(occupations: readonly Occupation[], activities: ActivityModel): Ranks {
  const halves = ([0, 1] as const).map((half) => bestFitRanks(occupations, activities, isCheckOccupation, half));
  return {
    engine: halves.flatMap((ranks) => ranks.engine),
    tfidf: halves.flatMap((ranks) => ranks.tfidf),
  };
}

/** Best fit on the tuning occupations (each half as the query in turn), each fold ranked with a model built from the other fold's tasks. */
function tuningBestFitRanks(data: ActivityData, occupations: readonly Occupation[]): Ranks {
  const ranks: Ranks = { engine: [], tfidf: [] };
  for (const fold of [0, 1]) {
    const model = buildActivityModelFromData(
      data,
      linkedTasksOf(data, (soc) => !isCheckOccupation(soc) && tuningFoldOf(soc) !== fold),
    );
    for (const half of [0, 1] as const) {
      const result = bestFitRanks(
        occupations,
        model,
        (soc) => !isCheckOccupation(soc) && tuningFoldOf(soc) === fold,
        half,
      );
      ranks.engine.push(...result.engine);
      ranks.tfidf.push(...result.tfidf);
    }
  }
  return ranks;
}

/** Best fit lists this many classes; a class further down counts as not found. */
const RANKED = 10;

const share = (ranks: readonly number[], limit: number) =>
  round(ranks.filter((rank) => rank <= limit).length / Math.max(1, ranks.length));

/** The engine on the tuning occupations, two-fold: each fold's pairs scored with a model built from the other fold's tasks. */
function tuningFigures(data: ActivityData, tuning: readonly Occupation[]): MatchFigures {
  const results = [0, 1].map((fold) => {
    const model = buildActivityModelFromData(
      data,
      linkedTasksOf(data, (soc) => !isCheckOccupation(soc) && tuningFoldOf(soc) !== fold),
    );
    const pairs = relatedPairs(tuning.filter((occupation) => tuningFoldOf(occupation.soc) === fold));
    return { pairs, model };
  });
  const models = new Map(results.flatMap(({ pairs, model }) => pairs.map((pair) => [pair, model] as const)));
  const pairs = results.flatMap((result) => result.pairs);
  return scoreAlignments(pairs, (a, b) =>
    engineAlignment(a, b, models.get(pairs.find((pair) => pair.a === a && pair.b === b)!)),
  );
}

export async function measureMatch(): Promise<Figures> {
  const data = await loadActivityData();
  const occupations = occupationsOf(data);
  // Check figures are on occupations whose tasks the model never saw.
  const activities = buildActivityModelFromData(
    data,
    linkedTasksOf(data, (soc) => !isCheckOccupation(soc)),
  );
  const tuning = occupations.filter((occupation) => !isCheckOccupation(occupation.soc));
  const check = occupations.filter((occupation) => isCheckOccupation(occupation.soc));
  const tuningPairs = relatedPairs(tuning);
  const checkPairs = relatedPairs(check);
  const idf = idfOver(tuning.flatMap((occupation) => occupation.tasks.map((task) => termsOf(task.text))));
  const baseline = tfidfBaseline(tuningPairs, checkPairs, idf);
  const unrelated = unrelatedPairs(check, 40);
  const falseMatches = unrelated.filter(
    ({ a, b }) => compareSpecs(specOf(a, 'all'), specOf(b, 'all'), { activities }).coverage.verdict === 'match',
  ).length;
  const skipBestFit = Boolean(process.env.SKIP_BESTFIT);
  // Each half of a check occupation's tasks is the query in turn, as on the tuning folds: 312
  // queries rather than 156, so one direction's luck moves the figure less.
  const ranks = skipBestFit ? { engine: [], tfidf: [] } : checkBestFitRanks(occupations, activities);
  const tuningRanks = skipBestFit ? { engine: [], tfidf: [] } : tuningBestFitRanks(data, occupations);
  return {
    'match.pairs': checkPairs.length,
    ...figures(
      'match.',
      scoreAlignments(checkPairs, (a, b) => engineAlignment(a, b, activities)),
    ),
    ...figures('match.tuning_', tuningFigures(data, tuning)),
    ...figures(
      'match.words_only_',
      scoreAlignments(checkPairs, (a, b) => engineAlignment(a, b)),
    ),
    ...figures('match.tfidf_', baseline),
    'match.tfidf_threshold': round(baseline.threshold),
    'match.unrelated_match_verdicts': falseMatches,
    'bestfit.classes': occupations.length,
    'bestfit.top1': share(ranks.engine, 1),
    'bestfit.top5': share(ranks.engine, 5),
    'bestfit.tfidf_top1': share(ranks.tfidf, 1),
    'bestfit.tfidf_top5': share(ranks.tfidf, 5),
    'bestfit.tuning_top1': share(tuningRanks.engine, 1),
    'bestfit.tuning_top5': share(tuningRanks.engine, 5),
    'bestfit.tuning_tfidf_top1': share(tuningRanks.tfidf, 1),
    'bestfit.tuning_tfidf_top5': share(tuningRanks.tfidf, 5),
  };
}
