import { expect, test, type Page } from '@playwright/test';
import { LibraryPage } from '../pages/libraryPage';

/** Marks every stored spec as read by a parser older than any versioned one, and garbles one record's title. */
async function ageStoredSpecs(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('reclass');
        request.onerror = () => fail(new Error('cannot open the app database'));
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction('specs', 'readwrite');
          const specs = transaction.objectStore('specs');
          const cursorRequest = specs.openCursor();
          let isFirst = true;
          cursorRequest.onsuccess = () => {
            const cursor = cursorRequest.result;
            if (!cursor) return;
            const row = cursor.value as { parserVersion: number; spec: { title: string | null } };
            row.parserVersion = 0;
            if (isFirst) row.spec = { ...row.spec, title: 'GARBLED BY AN OLD PARSER' };
            isFirst = false;
            cursor.update(row);
            cursor.continue();
          };
          transaction.oncomplete = () => {
            database.close();
            done();
          };
          transaction.onerror = () => fail(new Error('cannot age the stored specs'));
        };
      }),
  );
}

test('after a parser upgrade the stored specs are re-read on start, with a progress line that says how many changed', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await ageStoredSpecs(page);

  await page.reload();
  const line = page.getByRole('region', { name: 'Parser upgrade' });
  await expect(line.getByRole('status')).toHaveText(/Stored specs re-read with the new parser: 1 of 5 records changed/);
  await library.expectClassCount(5);

  await page.reload();
  await library.expectClassCount(5);
  await expect(page.getByRole('region', { name: 'Parser upgrade' })).toHaveCount(0);
});
