import { expect, test, type Page } from '@playwright/test';
import { ComparePage, HOUSTON_SUPERVISOR, SECTION_CHIEF } from '../pages/comparePage';
import { dumpLibrary, rowCount } from '../pages/libraryDump';

/** From now on every IndexedDB write in the page fails as a full disk does (QuotaExceededError); reads still work. */
async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const full = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const saved = window as unknown as { realWrites?: PropertyDescriptorMap };
    saved.realWrites = {};
    for (const method of ['put', 'add']) {
      saved.realWrites[method] = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method) ?? {};
      Object.defineProperty(IDBObjectStore.prototype, method, { value: full, configurable: true, writable: true });
    }
  });
}

async function freeTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const saved = window as unknown as { realWrites: PropertyDescriptorMap };
    Object.defineProperties(IDBObjectStore.prototype, saved.realWrites);
  });
}

async function addNote(page: Page, text: string): Promise<void> {
  await page
    .getByRole('table', { name: 'Duties' })
    .getByRole('button', { name: /^Add note on/ })
    .nth(1)
    .click();
  await page.getByLabel(/^Note on /).fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
}

test('a write refused for a full disk says "storage full" with what to do, loses no stored record, and saves on retry', async ({
  page,
}) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  await addNote(page, 'First note, stored before the disk filled.');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const before = await dumpLibrary(page);

  await fillTheDisk(page);
  await addNote(page, 'Second note, made while the disk is full.');
  const alert = page.locator('[data-save-state="failed"]');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText(
    'Not saved — Storage is full: nothing already saved was lost. Free disk space, empty the Trash or delete old versions, then choose Retry',
  );
  const during = await dumpLibrary(page);
  expect(during).toEqual(before);
  console.log(`storage full: ${rowCount(before)} stored records checked unchanged`);

  await freeTheDisk(page);
  await page.getByRole('button', { name: 'Retry saving' }).click();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const notes = ((await dumpLibrary(page)).tables['comparisons'] as { notes: { text: string }[] }[]).flatMap((row) =>
    row.notes.map((note) => note.text),
  );
  expect(notes.sort()).toEqual([
    'First note, stored before the disk filled.',
    'Second note, made while the disk is full.',
  ]);
});
