import { expect, test } from '@playwright/test';
import { LibraryPage } from '../pages/libraryPage';
import { SpecPage } from '../pages/specPage';

test('a spec shows its metadata, numbered duties, factors, family links and the highlighted original text', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await library.searchFor('assistant customer service manager');
  await library.openClass((await library.titles())[0] ?? '');

  const spec = new SpecPage(page);
  await expect(spec.heading).toHaveText(/assistant customer service manager/i);
  await expect(page.getByRole('definition').filter({ hasText: '887.0' })).toBeVisible();
  await expect(page.getByText('1 of 1 (latest)')).toBeVisible();
  await expect(spec.duties).toHaveCount(9);
  await expect(spec.duties.first()).toContainText('Oversees and assists in managing operations');
  await expect(spec.duties.last()).toContainText('meter reading operations');
  await expect(spec.factorTable.getByRole('rowheader', { name: 'Complexity' })).toBeVisible();

  const family = page.getByRole('region', { name: 'Job family' });
  await family.getByRole('link', { name: 'Customer Service Supervisor' }).click();
  await expect(spec.heading).toHaveText(/customer service supervisor/i);
  await page.goBack();
  await expect(spec.heading).toHaveText(/assistant customer service manager/i);

  await spec.originalToggle.click();
  await expect(spec.originalToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(spec.originalText).toContainText('CITY OF HOUSTON');
  await expect(spec.originalText.locator('mark.mark--duty')).toHaveCount(9);
  await expect(spec.originalText.locator('mark.mark--heading').first()).toBeVisible();
});
