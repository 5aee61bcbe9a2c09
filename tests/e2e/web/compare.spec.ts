import { expect, test } from '@playwright/test';
import { ComparePage, HOUSTON_SUPERVISOR, PORTLAND_SUPERVISOR, SECTION_CHIEF } from '../pages/comparePage';

const percent = /^\d{1,3}%$/;

test('Supervisor vs Section Chief: aligned duties with word diffs, coverage both ways, rising factors', async ({
  page,
}) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const header = page.getByRole('region', { name: 'Classes and coverage' });
  await expect(header).toContainText('CUSTOMER SERVICE SUPERVISOR');
  await expect(header).toContainText('CUSTOMER SERVICE SECTION CHIEF');
  await expect(page.getByTestId('coverage-a-in-b')).toHaveText(percent);
  await expect(page.getByTestId('coverage-b-in-a')).toHaveText(percent);

  const duties = page.getByRole('table', { name: 'Duties' });
  // These two classes word their common duties differently: each pair shows both texts whole with the
  // shared terms marked and its reason, never a whole duty struck through.
  const paired = duties.locator('tbody tr').filter({ has: page.locator('.relation__why') });
  expect(await paired.count()).toBeGreaterThan(0);
  await expect(paired.first().locator('.relation')).toContainText(/Same|Reworded|Partial/);
  await expect(paired.first().locator('.relation__why')).toContainText(/\(\d+%\)$/);
  await expect(paired.first().locator('mark.diff-shared').first()).toBeVisible();
  await expect(paired.locator('del')).toHaveCount(0);
  await expect(duties.locator('tbody tr').filter({ hasText: 'Only in A' }).first()).toContainText('Not in B');
  await expect(duties.locator('tbody tr').filter({ hasText: 'Only in B' }).first()).toContainText('Not in A');

  const factors = page.getByRole('table', { name: 'Factors' });
  for (const factor of ['Complexity', 'Impact of actions', 'Supervision exercised']) {
    await expect(
      factors.getByRole('row').filter({ has: page.getByRole('button', { name: factor, exact: true }) }),
    ).toContainText('▲ B higher by');
  }

  await factors.getByRole('button', { name: 'Supervision exercised', exact: true }).click();
  const evidence = page.locator('.evidence-pair');
  await expect(evidence.locator('mark')).toHaveCount(2);
  await expect(evidence).toBeInViewport();
});

test('Houston vs Portland Customer Service Supervisor gives a verdict with coverage both ways', async ({ page }) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, PORTLAND_SUPERVISOR);
  await expect(page.getByRole('region', { name: 'Coverage' }).getByRole('status')).toHaveText(
    /(Match|Partial match|No match)$/,
  );
  await expect(page.getByTestId('coverage-a-in-b')).toHaveText(percent);
  await expect(page.getByTestId('coverage-b-in-a')).toHaveText(percent);

  // The threshold is remembered across sessions.
  await page.getByRole('combobox', { name: 'Match threshold' }).selectOption('0.8');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Match threshold' })).toHaveValue('0.8');
});

test('an override and a note are saved with the comparison and kept after a reload', async ({ page }) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const coverageBefore = await page.getByTestId('coverage-a-in-b').textContent();
  const duties = page.getByRole('table', { name: 'Duties' });
  const unlink = duties.getByRole('button', { name: /^Unlink duty A\d+ and B\d+$/ }).first();
  const unlinkName = (await unlink.getAttribute('aria-label')) ?? '';
  await unlink.click();
  await expect(duties.getByRole('button', { name: unlinkName })).toHaveCount(0);
  await expect(page.getByTestId('coverage-a-in-b')).not.toHaveText(coverageBefore ?? '');

  const linkForm = page.getByRole('form', { name: 'Link two duties' });
  await linkForm.getByLabel('Duty in A').selectOption({ index: 2 });
  await linkForm.getByLabel('Duty in B').selectOption({ index: 5 });
  await linkForm.getByRole('button', { name: 'Link duties' }).click();
  const linked = duties.locator('tbody tr').filter({ hasText: 'Linked by analyst' });
  await expect(linked).toHaveCount(1);
  await expect(linked.locator('td.num').first()).toHaveText('3');

  await duties.getByRole('button', { name: 'Add note on duty A3 and B6' }).click();
  await page.getByLabel('Note on duty A3 and B6').fill('Both cover budget work for the section.');
  await page.getByRole('button', { name: 'Save note' }).click();

  // No Save step: the first change stored the comparison under its default name.
  await expect(page).toHaveURL(/saved=\d+/);
  const saveState = page.locator('[data-save-state="saved"]');
  await expect(saveState).toContainText(/^Saved as “.+ vs .+” at/);
  const savedName = /Saved as “(.+?)”/.exec((await saveState.textContent()) ?? '')?.[1] ?? '';
  const coverageAfter = await page.getByTestId('coverage-a-in-b').textContent();

  await page.reload();
  await expect(page.getByText(/2 alignment overrides, 1 note/)).toBeVisible();
  await expect(duties.getByRole('button', { name: unlinkName })).toHaveCount(0);
  await expect(duties.locator('tbody tr').filter({ hasText: 'Linked by analyst' })).toContainText(
    'Both cover budget work for the section.',
  );
  await expect(page.getByTestId('coverage-a-in-b')).toHaveText(coverageAfter ?? '');

  await page.goto('./#/saved');
  const row = page.getByRole('row').filter({ hasText: savedName });
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await row.getByRole('button', { name: `Rename ${savedName}` }).click();
  await page.getByLabel(`New name for ${savedName}`).fill('Chief study');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('link', { name: 'Chief study' }).click();
  await expect(page.getByText('Saved as “Chief study”')).toBeVisible();
  await expect(page.getByTestId('coverage-a-in-b')).toHaveText(coverageAfter ?? '');

  await page.goto('./#/saved');
  await page.getByRole('button', { name: 'Delete Chief study' }).click();
  await page.getByRole('button', { name: 'Confirm delete Chief study' }).click();
  await expect(page.getByRole('link', { name: 'Chief study' })).toHaveCount(0);
  await expect(page.getByText('No saved comparisons yet.')).toBeVisible();
});

test('n and p move between differences; "Differences only" hides identical rows', async ({ page }) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  await page.getByRole('heading', { name: 'Compare classes' }).click();
  await page.keyboard.press('n');
  const focused = page.locator('tr.is-difference:focus');
  await expect(focused).toHaveCount(1);
  const first = await focused.getAttribute('data-row-key');
  await page.keyboard.press('n');
  await expect(focused).not.toHaveAttribute('data-row-key', first ?? '');
  await page.keyboard.press('p');
  await expect(focused).toHaveAttribute('data-row-key', first ?? '');

  await page.getByLabel('Differences only').check();
  await expect(page.locator('.duty-table tbody tr:not(.is-difference)')).toHaveCount(0);
});

test('a comparison saved by an older engine says so instead of silently changing', async ({ page }) => {
  await new ComparePage(page).openComparison(HOUSTON_SUPERVISOR, PORTLAND_SUPERVISOR);
  const duties = page.getByRole('table', { name: 'Duties' });
  await duties
    .getByRole('button', { name: /^Add note on/ })
    .first()
    .click();
  await page.getByLabel(/^Note on /).fill('Checked with the unit manager.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page).toHaveURL(/saved=(\d+)/);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const savedId = Number(/saved=(\d+)/.exec(page.url())?.[1]);

  // Rewrite the stored row as an earlier engine version would have left it.
  await page.evaluate(async (id) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('reclass');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const store = database.transaction('comparisons', 'readwrite').objectStore('comparisons');
    await new Promise<void>((resolve, reject) => {
      const read = store.get(id);
      read.onsuccess = () => {
        const write = store.put({ ...read.result, algoVersion: 0 });
        write.onsuccess = () => resolve();
        write.onerror = () => reject(new Error(String(write.error)));
      };
    });
    database.close();
  }, savedId);

  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: 'saved with comparison engine version 0' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'I have checked them' }).click();
  await expect(warning).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Duties' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'comparison engine version' })).toHaveCount(0);
});
