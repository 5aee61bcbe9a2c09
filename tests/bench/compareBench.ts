// Comparison latency: two typical specs compared in full (alignment, coverage, factors, section
// and duty diffs), one spec ranked against 5,000 generated classes, and the worst word diff.
import { readFile } from 'node:fs/promises';
import {
  compareSpecs,
  loadActivityModel,
  prepareBestFitIndex,
  rankBestFit,
  type ActivityModel,
} from '../../shared/compare';
import { diffText } from '../../shared/diff';
import { specFromText } from '../../shared/import';
import { generateLibrary } from '../fixtures/compare/generateLibrary';

type Figures = Record<string, number | string | null>;

const COMPARE_RUNS = 200;
const LIBRARY_SIZE = 5000;
const BEST_FIT_QUERIES = 20;

const round = (value: number) => Math.round(value * 100) / 100;

function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

async function measureSpecs(activities: ActivityModel): Promise<Figures> {
  // Houston and Portland "Customer Service Supervisor": two employers, 9 vs 17 duties, many sections.
  const [houston, portland] = await Promise.all(
    ['seeds/001_9c6110c3b2aa3f37.txt', 'seeds/004_3aad121bddd0fb26.txt'].map(async (path) =>
      specFromText(await readFile(path, 'utf8')),
    ),
  );
  if (!houston || !portland) throw new Error('seeds missing');
  // The first comparison pays for the duties' activity profiles; later ones (a re-render, another threshold) reuse them.
  const first = timed(() => compareSpecs(houston, portland, { activities }));
  for (let warm = 0; warm < 20; warm += 1) compareSpecs(houston, portland, { activities });
  const samples = Array.from({ length: COMPARE_RUNS }, () =>
    timed(() => compareSpecs(houston, portland, { activities })),
  );
  return {
    'compare.p50_ms': round(percentile(samples, 0.5)),
    'compare.p95_ms': round(percentile(samples, 0.95)),
    'compare.first_ms': round(first),
  };
}

function measureBestFit(activities: ActivityModel): Figures {
  const library = generateLibrary(LIBRARY_SIZE, 11);
  const buildStarted = performance.now();
  const index = prepareBestFitIndex(
    library.map((spec, position) => ({ id: String(position), spec })),
    { activities },
  );
  const buildMs = performance.now() - buildStarted;
  const queries = generateLibrary(BEST_FIT_QUERIES, 97);
  rankBestFit(queries[0] ?? library[0]!, index);
  const samples = queries.map((query) => timed(() => rankBestFit(query, index, { limit: 10 })));
  return {
    'bestfit.ms_5000': round(percentile(samples, 0.5)),
    'bestfit.max_ms_5000': round(Math.max(...samples)),
    'bestfit.index_build_ms_5000': Math.round(buildMs),
  };
}

function shuffledText(source: string, bytes: number, seed: number): string {
  const words = source.split(/\s+/u).filter(Boolean);
  let state = seed;
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    state = (state * 48271) % 2147483647;
    const word = words[state % words.length] ?? 'x';
    parts.push(state % 13 === 0 ? `${word}\n` : word);
    length += word.length + 1;
  }
  return parts.join(' ');
}

const DIFF_RUNS = 5;

/** Median of a few runs, so "worst" names the worst input rather than one scheduling hiccup on a shared machine. */
function medianTime(run: () => unknown): number {
  return percentile(
    Array.from({ length: DIFF_RUNS }, () => timed(run)),
    0.5,
  );
}

async function measureDiff(): Promise<Figures> {
  const source = await readFile('seeds/004_3aad121bddd0fb26.txt', 'utf8');
  let worst = 0;
  for (const bytes of [2_000, 10_000, 26_000, 100_000]) {
    const a = shuffledText(source, bytes, 1);
    const b = shuffledText(source, bytes, 2);
    const halfChanged = a.slice(0, a.length / 2) + b.slice(b.length / 2);
    worst = Math.max(
      worst,
      medianTime(() => diffText(a, b)),
      medianTime(() => diffText(a, halfChanged)),
    );
  }
  return { 'diff.worst_ms': round(worst) };
}

/** Loading the work-activity model (what the first comparison of a session waits for), and the heap it adds. */
async function measureModel(): Promise<{ activities: ActivityModel; figures: Figures }> {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const activities = await loadActivityModel();
  const loadMs = performance.now() - started;
  return {
    activities,
    figures: {
      'activities.load_ms': Math.round(loadMs),
      'activities.heap_mb': round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024),
    },
  };
}

export async function measureCompare(): Promise<Figures> {
  const { activities, figures } = await measureModel();
  return { ...figures, ...(await measureSpecs(activities)), ...measureBestFit(activities), ...(await measureDiff()) };
}
