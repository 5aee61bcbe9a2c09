import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryPage, SEED_TITLES } from '../pages/libraryPage';
import { ELECTRON_SKIP_REASON, electronAvailable, expect, test, type DesktopWindow } from './fixtures';

const RECORDS_CLERK = [
  'RECORDS CLERK',
  '',
  'Class Code: 9104',
  'Pay Grade: 7',
  '',
  'DEFINITION',
  'Performs routine clerical work maintaining paper and electronic records for a department.',
  '',
  'ESSENTIAL DUTIES',
  '- Files, retrieves and purges records according to the retention schedule.',
  '- Scans documents and indexes them in the records system.',
  '',
].join('\n');

test.describe('Electron imports and saving', () => {
  test.skip(!electronAvailable(), ELECTRON_SKIP_REASON);

  let folder = '';
  test.beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'reclass-e2e-files-'));
  });
  test.afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('File › Import files… imports what the analyst picks in the open dialog', async ({ app, page }) => {
    const library = new LibraryPage(page);
    await library.expectClassCount(SEED_TITLES.length);
    const picked = join(folder, 'records-clerk.txt');
    await writeFile(picked, RECORDS_CLERK);
    // Playwright cannot drive native dialogs, so the open dialog answers with the file as if the analyst picked it.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [filePath] });
    }, picked);
    await app.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'File');
      file?.submenu?.items.find((item) => item.label === 'Import files…')?.click();
    });
    await library.waitForImportToFinish();
    await library.expectClassCount(SEED_TITLES.length + 1);
    expect((await library.titles()).map((title) => title.toLowerCase())).toContain('records clerk');
  });

  test('Save as PDF writes a PDF where the analyst chose', async ({ app, page }) => {
    await new LibraryPage(page).expectClassCount(SEED_TITLES.length);
    const target = join(folder, 'library');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath });
    }, target);
    expect(
      await page.evaluate(() =>
        (window as DesktopWindow).desktop?.saveAsPdf(
          'Library',
          '<!doctype html><title>Library</title><p>Library printout</p>',
        ),
      ),
    ).toBe(true);
    const bytes = await readFile(`${target}.pdf`);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
