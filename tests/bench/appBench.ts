// App figures with a 5,000-class library: start-up time and heap of the web build in Chromium, and search latency.
// The library is written straight into IndexedDB of a persistent profile, then the browser is restarted and timed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { contentSecurityPolicy, createWebServer } from '../../electron/launcher/serveWeb';
import { identifyClass } from '../../shared/library/classIdentity';
import { summarizeSpec } from '../../renderer/src/db/summarizeSpec';
import type { SpecSummary, StoredSpec } from '../../renderer/src/db/types';
import { addToSpecIndex, createSpecIndex, searchSpecIndex, toSearchDocument } from '../../shared/search';
import { specFromText } from '../../shared/import';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/pages/chromium';
import { renderTxt } from '../fixtures/generateSpecDocuments';
import { LEVELS, pick, sampleSpec, type SpecVocabulary } from './sampleSpecs';

const CLASS_COUNT = 5000;
const STARTUP_RUNS = 3;
const WRITE_BATCH = 250;
const ROOT = resolve(import.meta.dirname, '../..');
const WEB_OUT = join(ROOT, 'out/web');

type Figures = Record<string, number | string | null>;
type Rows = Readonly<{ specs: StoredSpec[]; summaries: SpecSummary[] }>;

// A library spans many occupations: each class's duties come mostly from its own occupation's work,
// so a word like "meter" occurs in a minority of classes, as in real collections.
const EMPLOYERS = ['City of Riverton', 'County of Alder', 'State Department of Revenue', 'Metro Transit Authority', 'Town of Eastbrook', 'Harbor Port District', 'Valley School District', 'City of Lakeside'];
const WORK: Readonly<Record<string, readonly string[]>> = {
  'Customer Service': ['service complaints', 'customer accounts', 'billing disputes', 'payment arrangements', 'call queues'],
  Accounting: ['journal entries', 'cash deposits', 'ledger reconciliations', 'vendor invoices', 'audit schedules'],
  'Information Technology': ['network changes', 'server backups', 'user accounts', 'firewall rules', 'software licenses'],
  'Human Resources': ['job announcements', 'benefit enrollments', 'personnel actions', 'classification studies', 'grievance files'],
  Planning: ['zoning applications', 'land use maps', 'subdivision plats', 'comprehensive plans', 'variance requests'],
  'Water Utility': ['meter reading routes', 'water samples', 'service connections', 'meter installations', 'leak reports'],
  Procurement: ['purchase orders', 'bid documents', 'vendor contracts', 'requisitions', 'supplier evaluations'],
  Records: ['property records', 'court filings', 'retention schedules', 'public records requests', 'microfilm archives'],
  Fleet: ['diesel engines', 'fuel logs', 'fleet maintenance records', 'brake systems', 'vehicle inspections'],
  Parks: ['playground equipment', 'recreation programs', 'turf areas', 'irrigation systems', 'park reservations'],
  Library: ['library collections', 'circulation records', 'reading programs', 'interlibrary loans', 'catalog entries'],
  'Public Safety Communications': ['emergency calls', 'radio equipment', 'dispatch logs', 'unit assignments', 'incident records'],
  Engineering: ['construction plans', 'survey data', 'storm drains', 'traffic signals', 'bridge inspections'],
  'Building Inspection': ['building permits', 'code violations', 'occupancy certificates', 'electrical installations', 'plan reviews'],
  Payroll: ['payroll registers', 'timesheets', 'tax withholdings', 'garnishment orders', 'leave balances'],
  'Transit Operations': ['bus schedules', 'route timetables', 'operator assignments', 'ridership counts', 'passenger complaints'],
};
const GENERAL_WORK = ['budget requests', 'training plans', 'work schedules', 'safety audits', 'grant applications'];
const FAMILIES = Object.keys(WORK);
const VERBS = ['Reviews', 'Prepares', 'Coordinates', 'Supervises', 'Analyzes', 'Maintains', 'Evaluates', 'Trains', 'Processes', 'Develops', 'Monitors', 'Inspects', 'Schedules', 'Repairs', 'Audits', 'Drafts', 'Negotiates', 'Investigates', 'Installs', 'Catalogs', 'Dispatches', 'Reconciles', 'Designs', 'Tests'];
const CLAUSES = ['for accuracy and completeness', 'in accordance with department policy', 'and recommends improvements', 'with other divisions and outside agencies', 'using the enterprise information system', 'to meet deadlines set by management', 'under general supervision', 'following state and federal regulations', 'during emergencies and peak periods', 'for the city council and the public', 'at field locations throughout the service area', 'within the approved budget'];
const QUERIES = ['meter', 'budget', 'supervisor', 'customer service', 'inspects water', 'purch', 'acounting', 'network changes', 'zoning', 'director planning', 'records technician', 'vendor', 'diesel', 'riverton', '1042', 'payroll reg', 'emergncy calls', 'library', 'storm drains', 'reviews'];

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: readonly number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] ?? 0;
};

const VOCABULARY: SpecVocabulary = {
  seedOffset: 11,
  employers: EMPLOYERS,
  families: FAMILIES,
  levels: LEVELS,
  verbs: VERBS,
  clauses: CLAUSES,
  dutyObject: (next, family) => (next() < 0.8 ? pick(next, WORK[family] ?? GENERAL_WORK) : pick(next, GENERAL_WORK)),
  essentialDuties: { least: 6, spread: 12 },
  education: () => "A bachelor's degree in business or public administration.",
};

/** 5,000 parsed classes as the renderer stores them (spec rows plus their library summaries). */
export function buildRows(): Rows {
  const specs: StoredSpec[] = [];
  for (let index = 0; index < CLASS_COUNT; index += 1) {
    const fileName = `bench-${index}.txt`;
    const spec = specFromText(renderTxt(sampleSpec(VOCABULARY, index)));
    specs.push({
      ...identifyClass(spec, fileName),
      id: `bench-${index.toString(16).padStart(8, '0')}`,
      version: 1,
      isLatest: 1,
      sourceName: fileName,
      format: 'txt',
      size: spec.text.length,
      importedAt: index,
      warningCount: spec.warnings.length,
      spec,
    });
  }
  return { specs, summaries: specs.map(summarizeSpec) };
}

function measureSearch(rows: Rows): Figures {
  const index = createSpecIndex();
  const started = performance.now();
  addToSpecIndex(index, rows.specs.map((row) => toSearchDocument(row.id, row.spec)));
  const buildMs = performance.now() - started;
  const timings: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const query of QUERIES) {
      const before = performance.now();
      searchSpecIndex(index, query);
      timings.push(performance.now() - before);
    }
  }
  return { 'search.index_build_ms_5000': round(buildMs, 0), 'search.p95_ms_5000': round(percentile(timings, 0.95), 2) };
}

function ensureWebBuild(): void {
  if (existsSync(join(WEB_OUT, 'index.html'))) return;
  process.stderr.write('bench: building the web app (out/web missing)…\n');
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const launch = (profile: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS, headless: true });

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
    const batch = { specs: rows.specs.slice(start, start + WRITE_BATCH), summaries: rows.summaries.slice(start, start + WRITE_BATCH) };
    await page.evaluate(
      (data) =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('reclass');
          request.onerror = () => fail(new Error(`cannot open the app database: ${request.error?.message ?? 'unknown'}`));
          request.onsuccess = () => {
            const database = request.result;
            const transaction = database.transaction(['specs', 'summaries'], 'readwrite');
            for (const row of data.specs) transaction.objectStore('specs').put(row);
            for (const row of data.summaries) transaction.objectStore('summaries').put(row);
            transaction.oncomplete = () => {
              database.close();
              done();
            };
            transaction.onerror = () => fail(new Error(`bulk write failed: ${transaction.error?.message ?? 'unknown'}`));
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
  if (!(await page.getByRole('searchbox', { name: 'Search classes' }).isEnabled())) throw new Error('search box disabled');
  return performance.now() - started;
}

async function heapAfterIndexing(page: Page): Promise<number> {
  // The status line reports indexing progress until every class is in the search index.
  await page.locator('.library__count').filter({ hasNotText: 'preparing search' }).filter({ hasText: 'classes' }).waitFor({ timeout: 120_000 });
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

export async function measureApp(): Promise<Figures> {
  const rows = buildRows();
  const figures: Figures = measureSearch(rows);
  ensureWebBuild();
  const server = createWebServer(WEB_OUT, contentSecurityPolicy(await readFile(join(WEB_OUT, 'index.html'), 'utf8')));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/#/library`;
  const profile = await mkdtemp(join(tmpdir(), 'reclass-bench-profile-'));
  try {
    await seedProfile(profile, url, rows);
    const context = await launch(profile);
    const page = await firstPage(context);
    const startups: number[] = [];
    for (let run = 0; run < STARTUP_RUNS; run += 1) startups.push(await timeStartup(page, run === 0 ? url : `${url}?run=${run}`));
    const shown = await page.locator('.library__count').textContent();
    if (!shown?.includes(`of ${CLASS_COUNT + 5} classes`)) throw new Error(`library shows "${shown}", expected ${CLASS_COUNT + 5} classes`);
    figures['app.startup_ms_5000'] = round(median(startups), 0);
    figures['app.startup_cold_ms_5000'] = round(startups[0] ?? 0, 0);
    figures['app.heap_mb_5000'] = round(await heapAfterIndexing(page));
    await context.close();
  } finally {
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
  return figures;
}
