import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AnnotationPanel } from '../pages/annotationPanel';
import { ComparePage, HOUSTON_SUPERVISOR, SECTION_CHIEF } from '../pages/comparePage';
import { LibraryPage } from '../pages/libraryPage';

const SEED = 'seeds/003_fc5f7224926b921b.txt';
const REWORDED = 'Schedules and evaluates work assignments.';
const DELETED = 'Oversees installation of equipment.';

test('annotations follow a revised spec: one re-anchored, one orphan re-attached, all kept after reload', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await library.searchFor('section chief');
  await library.list.getByRole('link', { name: /^Customer Service Section Chief$/iu }).click();
  const annotations = new AnnotationPanel(page);
  await annotations.annotate('.duty-list', REWORDED, 'Sets the Section Chief apart', 'distinguishing');
  await annotations.annotate('.duty-list', DELETED, 'Union disputes this duty', 'union');
  await expect(annotations.list).toHaveCount(2);
  await expect(page.locator('mark.annotation')).toHaveCount(2);

  const original = await readFile(SEED, 'utf8');
  const revised = original.replace('Schedules and evaluates work', 'Schedules and reviews work').replace(DELETED, '');
  expect(revised).not.toBe(original);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'section-chief-2026.txt', { type: 'text/plain' }));
    return transfer;
  }, revised);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await library.waitForImportToFinish();

  await page
    .getByRole('navigation', { name: 'Other versions' })
    .getByRole('link', { name: /Version 2/u })
    .click();
  await expect(annotations.list).toHaveCount(1);
  await expect(annotations.list.first()).toContainText('Schedules and reviews work assignments.');
  await expect(annotations.orphans).toHaveCount(1);
  await expect(annotations.orphans.first()).toContainText(DELETED);
  await expect(annotations.orphans.first()).toContainText('Union disputes this duty');

  await annotations.orphans
    .first()
    .getByRole('button', { name: /Re-attach/u })
    .click();
  await annotations.select('.duty-list', 'Manages the design, development');
  await annotations.panel.getByRole('button', { name: 'Attach here' }).click();
  await expect(annotations.orphans).toHaveCount(0);
  await expect(annotations.list).toHaveCount(2);

  await page.reload();
  await expect(annotations.list).toHaveCount(2);
  await expect(annotations.list.nth(0)).toContainText('Sets the Section Chief apart');
  await expect(annotations.list.nth(1)).toContainText('Union disputes this duty');
  await expect(annotations.orphans).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Annotations' }).click();
  await page.getByRole('searchbox', { name: 'Search notes, tags and classes' }).fill('union');
  await expect(page.locator('.library-annotations .annotation-list > li')).toHaveCount(1);
  await expect(page.locator('.library-annotations')).toContainText(/Customer Service Section Chief/iu);

  // The class's history: two versions, what changed, and version 1 against version 2 from the picker.
  await page.goto('./#/compare');
  const pickerA = page.getByRole('combobox', { name: 'Class A' });
  await pickerA.fill(SECTION_CHIEF);
  const optionsA = page.getByRole('listbox', { name: 'Class A matches' }).getByRole('option');
  await expect(optionsA).toHaveText([/version 2 \(latest\)/u, /older version 1/u]);
  await optionsA.filter({ hasText: 'older version 1' }).click();
  const pickerB = page.getByRole('combobox', { name: 'Class B' });
  await pickerB.fill(SECTION_CHIEF);
  await page
    .getByRole('listbox', { name: 'Class B matches' })
    .getByRole('option')
    .filter({ hasText: 'version 2 (latest)' })
    .click();
  await expect(pickerA).toHaveValue(/older version 1/u);
  const header = page.getByRole('region', { name: 'Classes and coverage' });
  await expect(header.locator('.class-card').first()).toContainText('older version 1');
  await expect(header.locator('.class-card').first()).toContainText(/Employer\s*City of Houston/iu);
  await expect(header.locator('.class-card').last()).toContainText('2 (latest)');
  await expect(page.getByRole('table', { name: 'Duties' })).toContainText('Schedules and reviews work assignments.');
});

test('the version history of a class shows each version with what changed', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  const revised = (await readFile(SEED, 'utf8')).replace(DELETED, '');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'section-chief-revised.txt', { type: 'text/plain' }));
    return transfer;
  }, revised);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await library.waitForImportToFinish();
  await library.searchFor('section chief');
  await library.list.getByRole('link', { name: /^Customer Service Section Chief$/iu }).click();
  const history = page.getByRole('list', { name: 'Versions of this class, newest first' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('section-chief-revised.txt');
  await expect(history.getByRole('listitem').first()).toContainText(/reworded|removed/u);
  await expect(history.getByRole('listitem').last()).toContainText('First version imported.');
  await history.getByRole('link', { name: 'Compare version 1 with version 2' }).click();
  await expect(page.getByRole('combobox', { name: 'Class A' })).toHaveValue(/older version 1/u);
});

test('words selected on either side of a comparison are annotated on that side’s spec', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
  const annotations = new AnnotationPanel(page);
  await annotations.select('.duty-table [data-annotation-side="b"]', 'Oversees installation of equipment.');
  const annotator = page.getByRole('group', { name: 'Annotate class B' });
  await annotator.getByRole('textbox', { name: 'Note', exact: true }).fill('Chief only');
  await annotator.getByRole('button', { name: 'Add annotation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Annotation added to' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Annotations' }).click();
  await expect(page.locator('.library-annotations .annotation-list > li')).toHaveCount(1);
  await expect(page.locator('.library-annotations')).toContainText('Oversees installation of equipment.');
  await expect(page.locator('.library-annotations')).toContainText(/Section Chief/iu);
});
