import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTxt } from '../../fixtures/generateSpecDocuments';
import { customerServiceSupervisor } from '../../fixtures/extract/sampleSpecs';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, WEB_URL } from '../pages/chromium';
import { LibraryPage, SEED_TITLES } from '../pages/libraryPage';

const FILE_COUNT = 300;

/** Kills every process of the browser using this profile, as a crash or a power cut would: no unload, no clean shutdown. */
async function killBrowser(profile: string): Promise<void> {
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.includes(profile)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Already gone with its parent.
      }
    }
  }
}

type StoredRows = Readonly<{ specs: { id: string; sourceName: string; hasText: boolean }[]; summaryIds: string[] }>;

/** Reads the app's own IndexedDB rows (the page's origin), to check each spec is whole or absent. */
function readStoredRows(page: Page): Promise<StoredRows> {
  return page.evaluate(
    () =>
      new Promise<StoredRows>((resolve, reject) => {
        const request = indexedDB.open('reclass');
        request.onerror = () => reject(new Error('cannot open the database'));
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(['specs', 'summaries'], 'readonly');
          const specs = transaction.objectStore('specs').getAll();
          const summaries = transaction.objectStore('summaries').getAllKeys();
          transaction.oncomplete = () => {
            const rows = specs.result as { id: string; sourceName: string; spec?: { text?: string } }[];
            resolve({
              specs: rows.map((row) => ({ id: row.id, sourceName: row.sourceName, hasText: Boolean(row.spec?.text) })),
              summaryIds: summaries.result.map(String),
            });
            database.close();
          };
        };
      }),
  );
}

test('an import killed halfway is offered for resuming with exactly the missing files, and every stored spec is whole', async () => {
  test.skip(process.platform !== 'linux', 'kills the browser through /proc');
  test.setTimeout(180_000);
  const profile = await mkdtemp(join(tmpdir(), 'reclass-kill-profile-'));
  const folder = join(await mkdtemp(join(tmpdir(), 'reclass-kill-')), 'specs');
  await mkdir(folder);
  const names = Array.from({ length: FILE_COUNT }, (_, index) => `class-${String(index).padStart(3, '0')}.txt`);
  for (const [index, name] of names.entries()) {
    await writeFile(
      join(folder, name),
      renderTxt({ ...customerServiceSupervisor, title: `Harbor Class ${index}`, code: String(7000 + index) }),
    );
  }
  const allPaths = names.map((name) => `specs/${name}`);
  const launch = (): Promise<BrowserContext> =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
      baseURL: WEB_URL,
    });

  const first = await launch();
  const library = new LibraryPage(first.pages()[0] ?? (await first.newPage()));
  await library.open();
  await library.expectClassCount(SEED_TITLES.length);
  const chooser = library.page.waitForEvent('filechooser');
  await library.page.getByRole('button', { name: 'Import folder…' }).click();
  await (await chooser).setFiles(folder);
  const status = library.importPanel.getByRole('status');
  await expect(status).toContainText(new RegExp(`^([2-9]\\d|1\\d\\d) of ${FILE_COUNT} files`), { timeout: 60_000 });
  await killBrowser(profile);
  await first.close().catch(() => undefined);

  const second = await launch();
  const page = second.pages()[0] ?? (await second.newPage());
  const reopened = new LibraryPage(page);
  await reopened.open();
  const offer = page.getByRole('region', { name: 'Interrupted import' });
  await expect(offer).toBeVisible();
  await offer.getByText('Files not imported', { exact: true }).click();
  const missing = (
    await offer.getByRole('list', { name: 'Files not imported' }).getByRole('listitem').allTextContents()
  ).map((text) => text.trim());

  const rows = await readStoredRows(page);
  const imported = rows.specs.filter((row) => row.sourceName.startsWith('specs/'));
  // Complete or absent: every stored spec has its text and its library summary.
  for (const row of rows.specs) {
    expect(row.hasText, row.sourceName).toBe(true);
    expect(rows.summaryIds, row.sourceName).toContain(row.id);
  }
  expect(rows.summaryIds).toHaveLength(rows.specs.length);
  expect(imported.length).toBeGreaterThan(0);
  expect(missing.length).toBeGreaterThan(0);
  // The offer lists exactly the files that were not stored.
  expect([...missing, ...imported.map((row) => row.sourceName)].sort()).toEqual(allPaths);
  await expect(offer.getByRole('status')).toHaveText(`${missing.length} of ${FILE_COUNT} files were not imported`);

  const resumeChooser = page.waitForEvent('filechooser');
  await offer.getByRole('button', { name: 'Resume import' }).click();
  await (await resumeChooser).setFiles(folder);
  await reopened.waitForImportToFinish();
  await expect(reopened.importPanel.getByRole('status')).toContainText(
    `${missing.length} of ${missing.length} files · ${missing.length} imported`,
  );
  await expect(offer).toBeHidden();
  await reopened.expectClassCount(SEED_TITLES.length + FILE_COUNT);
  await second.close();
});
