// App figures with a library of 5,000 and of 20,000 classes (a state's catalogue and its neighbours'):
// start-up time, search readiness and heap of the web build in Chromium, and search latency.
// The library is written straight into IndexedDB of a persistent profile, then the browser is restarted and timed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { contentSecurityPolicy, createWebServer } from '../../electron/launcher/serveWeb';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/pages/chromium';
import { buildRows, measureSearch, median, round, type Rows } from './appLibrary';

const LIBRARY_SIZES = [5000, 20000] as const;
const SAMPLE_COUNT = 5;
const STARTUP_RUNS = 3;
const WRITE_BATCH = 250;
const ROOT = resolve(import.meta.dirname, '../..');
const WEB_OUT = join(ROOT, 'out/web');

type Figures = Record<string, number | string | null>;

function ensureWebBuild(): void {
  if (existsSync(join(WEB_OUT, 'index.html'))) return;
  process.stderr.write('bench: building the web app (out/web missing)…\n');
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const launch = (profile: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
    headless: true,
  });

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? context.newPage();
}

/** Lets the app create its database (and import the samples), then bulk-writes the library into it. */
async function seedProfile(profile: string, url: string, rows: Rows): Promise<void> {
  const context = await launch(profile);
  const page = await firstPage(context);
  await page.goto(url);
  await page.getByText('Import finished').waitFor({ timeout: 60_000 });
  for (let start = 0; start < rows.specs.length; start += WRITE_BATCH) {
    const batch = {
      specs: rows.specs.slice(start, start + WRITE_BATCH),
      summaries: rows.summaries.slice(start, start + WRITE_BATCH),
    };
    await page.evaluate(
      (data) =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('reclass');
          request.onerror = () =>
            fail(new Error(`cannot open the app database: ${request.error?.message ?? 'unknown'}`));
          request.onsuccess = () => {
            const database = request.result;
            const transaction = database.transaction(['specs', 'summaries'], 'readwrite');
            for (const row of data.specs) transaction.objectStore('specs').put(row);
            for (const row of data.summaries) transaction.objectStore('summaries').put(row);
            transaction.oncomplete = () => {
              database.close();
              done();
            };
            transaction.onerror = () =>
              fail(new Error(`bulk write failed: ${transaction.error?.message ?? 'unknown'}`));
          };
        }),
      batch,
    );
  }
  await context.close();
}

/** Time from navigation until the first row is visible and the search box is enabled. */
async function timeStartup(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await page.locator('.class-list .class-row__title').first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.getByRole('searchbox', { name: 'Search classes' }).waitFor({ state: 'visible' });
  if (!(await page.getByRole('searchbox', { name: 'Search classes' }).isEnabled()))
    throw new Error('search box disabled');
  return performance.now() - started;
}

// The status line reports indexing progress until every class is in the search index.
const waitForSearch = (page: Page, timeout: number): Promise<void> =>
  page
    .locator('.library__count')
    .filter({ hasNotText: 'preparing search' })
    .filter({ hasText: 'classes' })
    .waitFor({ timeout });

/** How many classes the search index the app saved holds (0 when there is none yet). */
const savedIndexSize = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const request = indexedDB.open('reclass-search');
        request.onerror = () => done(0);
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains('snapshots')) {
            database.close();
            done(0);
            return;
          }
          const read = database.transaction('snapshots').objectStore('snapshots').get('library');
          read.onsuccess = () => {
            database.close();
            done((read.result as { snapshot?: { ids?: unknown[] } } | undefined)?.snapshot?.ids?.length ?? 0);
          };
          read.onerror = () => {
            database.close();
            done(0);
          };
        };
      }),
  );

/** Waits until the app has saved its search index with every class (a library imported through the app always has one). */
async function waitForSavedIndex(page: Page, classes: number): Promise<void> {
  const deadline = performance.now() + 300_000;
  while ((await savedIndexSize(page)) !== classes) {
    if (performance.now() > deadline) throw new Error(`the app did not save a search index of ${classes} classes`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function heapAfterIndexing(page: Page): Promise<number> {
  await waitForSearch(page, 300_000);
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  // The search index keeps its postings in typed arrays, whose memory lies outside the JS heap: count it too.
  const usage = (await session.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
  return (
    ((metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) + (usage.backingStorageSize ?? 0)) /
    1024 /
    1024
  );
}

/** Start-up, search readiness and heap in Chromium for one library size. */
async function measureBrowser(rows: Rows, url: string): Promise<Figures> {
  const count = rows.specs.length;
  const profile = await mkdtemp(join(tmpdir(), 'reclass-bench-profile-'));
  const figures: Figures = {};
  try {
    await seedProfile(profile, url, rows);
    let context = await launch(profile);
    let page = await firstPage(context);
    const startups: number[] = [];
    for (let run = 0; run < STARTUP_RUNS; run += 1)
      startups.push(await timeStartup(page, run === 0 ? url : `${url}?run=${run}`));
    const shown = await page.locator('.library__count').textContent();
    if (!shown?.includes(`of ${count + SAMPLE_COUNT} classes`))
      throw new Error(`library shows "${shown}", expected ${count + SAMPLE_COUNT} classes`);
    figures[`app.startup_ms_${count}`] = round(median(startups), 0);
    figures[`app.startup_cold_ms_${count}`] = round(startups[0] ?? 0, 0);
    figures[`app.heap_mb_${count}`] = round(await heapAfterIndexing(page));
    await waitForSavedIndex(page, count + SAMPLE_COUNT);
    await context.close();
    // A fresh browser on the same profile: the next day's start, with the index the app saved.
    context = await launch(profile);
    page = await firstPage(context);
    const started = performance.now();
    const listed = await timeStartup(page, url);
    await waitForSearch(page, 300_000);
    const ready = performance.now() - started;
    figures[`search.ready_ms_${count}`] = round(ready, 0);
    // The same start measured from the moment the list shows: how long an analyst would wait to search.
    figures[`search.ready_after_list_ms_${count}`] = round(Math.max(0, ready - listed), 0);
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return figures;
}

export async function measureApp(): Promise<Figures> {
  ensureWebBuild();
  const server = createWebServer(WEB_OUT, contentSecurityPolicy(await readFile(join(WEB_OUT, 'index.html'), 'utf8')));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/#/library`;
  const figures: Figures = {};
  try {
    for (const size of LIBRARY_SIZES) {
      process.stderr.write(`bench: app with ${size} classes…\n`);
      const rows = buildRows(size);
      Object.assign(figures, measureSearch(rows), await measureBrowser(rows, url));
    }
  } finally {
    server.close();
  }
  return figures;
}
