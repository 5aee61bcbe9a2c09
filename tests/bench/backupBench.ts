// Backup figures in Chromium: "Back up library…" and a full verified restore of 5,000 specs and 10,000 notes, driven through the UI of the web build.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { contentSecurityPolicy, createWebServer } from '../../electron/launcher/serveWeb';
import type { ComparisonRow } from '../../renderer/src/db/types';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/pages/chromium';
import { buildRows } from './appLibrary';

const NOTES_PER_COMPARISON = 10;
const COMPARISONS = 1000;
const WRITE_BATCH = 250;
const WEB_OUT = join(resolve(import.meta.dirname, '../..'), 'out/web');

type Figures = Record<string, number | string | null>;

function comparisons(specIds: readonly string[]): ComparisonRow[] {
  return Array.from({ length: COMPARISONS }, (_, index) => ({
    name: `Bench comparison ${index}`,
    leftId: specIds[index % specIds.length] ?? '',
    rightId: specIds[(index * 7 + 1) % specIds.length] ?? '',
    threshold: 0.75,
    algoVersion: 1,
    overrides: [{ kind: 'link' as const, a: 0, b: 1 }],
    notes: Array.from({ length: NOTES_PER_COMPARISON }, (_, note) => ({
      rowKey: `duty:${note}:${note}`,
      text: `Note ${note} on comparison ${index}: the duties overlap in budget and scheduling work.`,
    })),
    createdAt: index,
    updatedAt: index,
  }));
}

async function putRows(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('reclass');
        request.onerror = () => fail(new Error(`cannot open the app database: ${request.error?.message ?? 'unknown'}`));
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(Object.keys(data), 'readwrite');
          for (const [table, tableRows] of Object.entries(data))
            for (const row of tableRows) transaction.objectStore(table).put(row);
          transaction.oncomplete = () => {
            database.close();
            done();
          };
          transaction.onerror = () => fail(new Error(`bulk write failed: ${transaction.error?.message ?? 'unknown'}`));
        };
      }),
    rows,
  );
}

export async function measureBackup(): Promise<Figures> {
  const { specs, summaries } = buildRows();
  const server = createWebServer(WEB_OUT, contentSecurityPolicy(await readFile(join(WEB_OUT, 'index.html'), 'utf8')));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const folder = await mkdtemp(join(tmpdir(), 'reclass-bench-backup-'));
  const context = await chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}#/library`);
    await page.getByText('Import finished').waitFor({ timeout: 60_000 });
    for (let start = 0; start < specs.length; start += WRITE_BATCH) {
      await putRows(page, {
        specs: specs.slice(start, start + WRITE_BATCH),
        summaries: summaries.slice(start, start + WRITE_BATCH),
      });
    }
    await putRows(page, { comparisons: comparisons(specs.map((spec) => spec.id)) });
    await page.goto(`${url}#/data`);

    let started = performance.now();
    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Back up library…' }).click();
    const download = await downloading;
    const file = join(folder, 'library.reclass-backup');
    await download.saveAs(file);
    const exportMs = performance.now() - started;

    started = performance.now();
    await page.getByLabel('Backup file to restore').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace the library with this backup' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Restored the backup/ })
      .waitFor({ timeout: 300_000 });
    const restoreMs = performance.now() - started;
    const restored =
      (await page
        .getByRole('status')
        .filter({ hasText: /^Restored the backup/ })
        .textContent()) ?? '';
    if (!restored.includes(`specs ${specs.length + 5}`) || !restored.includes(`comparisons ${COMPARISONS}`))
      throw new Error(`restore reported "${restored}"`);
    return {
      'backup.export_ms': Math.round(exportMs),
      'backup.restore_ms': Math.round(restoreMs),
      'backup.file_mb': Math.round(((await stat(file)).size / 1024 / 1024) * 10) / 10,
      'backup.records': specs.length * 2 + COMPARISONS,
      'backup.notes': COMPARISONS * NOTES_PER_COMPARISON,
    };
  } finally {
    await context.close();
    server.close();
    await rm(folder, { recursive: true, force: true });
  }
}
