import { expect, test } from '@playwright/test';
import { ComparePage, HOUSTON_SUPERVISOR, SECTION_CHIEF } from '../pages/comparePage';
import { dumpLibrary } from '../pages/libraryDump';
import { LibraryPage } from '../pages/libraryPage';

test('deleting a class offers Undo after the move to the library, and Undo brings the class and its comparison back', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const duties = page.getByRole('table', { name: 'Duties' });
  await duties
    .getByRole('button', { name: /^Add note on/ })
    .first()
    .click();
  await page.getByLabel(/^Note on /).fill('Shared budget work.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const before = await dumpLibrary(page);

  const library = new LibraryPage(page);
  await page.goto('./#/library');
  await library.searchFor(SECTION_CHIEF);
  await page
    .locator('.class-list a, [role="grid"] a, table a')
    .filter({ hasText: /section chief/i })
    .first()
    .click();
  await page.getByRole('button', { name: 'Delete class' }).click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();

  const toast = page.getByRole('region', { name: 'Undo' });
  await expect(toast).toContainText(/^Moved .*Section Chief.* to Trash —/i);
  await library.expectClassCount(4);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast.getByRole('status')).toHaveText(/^Restored .*Section Chief.* from the Trash\.$/i);
  await library.expectClassCount(5);

  const after = await dumpLibrary(page);
  expect(after.tables['specs']).toEqual(before.tables['specs']);
  expect(after.tables['summaries']).toEqual(before.tables['summaries']);
  expect(after.tables['comparisons']).toEqual(before.tables['comparisons']);
  expect(after.tables['trash']).toEqual([]);

  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);
});
