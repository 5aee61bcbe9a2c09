import { expect, test } from '@playwright/test';
import { LibraryPage } from '../pages/libraryPage';

test('best fit ranks the library against a class, and one click opens the side-by-side', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await page.goto('./#/bestfit');
  const picker = page.getByRole('combobox', { name: 'Class or position description to place' });
  await picker.fill('30000445');
  await expect(page.getByRole('option').first()).toBeVisible();
  await picker.press('Enter');

  const ranking = page.getByRole('table', { name: /Classes ranked/ });
  const rows = ranking.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  const scores = (await rows.locator('td:nth-child(7)').allTextContents()).map(Number);
  expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  await expect(rows.first().locator('td').nth(4)).toHaveText(/^\d+%$/);

  const firstTitle = (await rows.first().locator('td').nth(1).textContent()) ?? '';
  await rows
    .first()
    .getByRole('link', { name: /^Compare with / })
    .click();
  await expect(page).toHaveURL(/#\/compare\?a=.+&b=.+/);
  await expect(page.getByRole('region', { name: 'Classes and coverage' })).toContainText(firstTitle);
  await expect(page.getByRole('table', { name: 'Duties' })).toBeVisible();
});
