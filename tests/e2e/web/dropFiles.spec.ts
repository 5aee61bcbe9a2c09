import { expect, test } from '@playwright/test';
import { LibraryPage } from '../pages/libraryPage';

const SPEC = [
  'CITY OF FAIRVIEW',
  'Class Title: Tree Trimmer',
  'Class Code: 6610',
  'Pay Grade: 10',
  'ESSENTIAL DUTIES:',
  '• Prunes street trees near power lines.',
  '',
].join('\n');

test('files dropped on the window are imported like picked ones', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'tree-trimmer.txt', { type: 'text/plain' }));
    transfer.items.add(new File([], 'empty.txt', { type: 'text/plain' }));
    return transfer;
  }, SPEC);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await library.waitForImportToFinish();
  await expect(library.importPanel).toContainText('2 of 2 files · 1 imported, 1 failed');
  await expect(library.failures).toContainText('empty.txt');
  await library.expectClassCount(6);
  await library.searchFor('tree trimmer');
  await expect(library.list.getByRole('link', { name: 'Tree Trimmer', exact: true })).toBeVisible();
});
