import { expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryPage } from '../pages/libraryPage';
import { SpecPage } from '../pages/specPage';

const SCRIPT = '<script>window.__reclassInjected = "script"</script>';
const IMAGE = '<img src="x" onerror="window.__reclassInjected = \'img\'">';

const TXT = [
  'COUNTY OF TESTING',
  `Class Title: Records Clerk ${SCRIPT}`,
  'Class Code: 3301',
  'Pay Grade: 9',
  'ESSENTIAL DUTIES:',
  `• Files records ${IMAGE} and answers requests.`,
  `• Types letters ${SCRIPT} for the department.`,
  'JOB FAMILY:',
  `- Records Clerk ${IMAGE}`,
  '',
].join('\n');

// In HTML the markup arrives entity-encoded, so after extraction it is literal text again.
const encode = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HTML = `<!doctype html><html><head><title>Spec</title></head><body>
<h1>Class Title: Archive Technician ${encode(SCRIPT)}</h1>
<p>Class Code: 3302</p>
<h2>ESSENTIAL DUTIES:</h2>
<ul><li>Scans archive boxes ${encode(IMAGE)} daily.</li></ul>
</body></html>`;

test('markup inside a spec is shown as text and never runs', async ({ page }) => {
  const folder = await mkdtemp(join(tmpdir(), 'reclass-injection-'));
  await writeFile(join(folder, 'records-clerk.txt'), TXT);
  await writeFile(join(folder, 'archive-technician.html'), HTML);
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
  await library.importFiles([join(folder, 'records-clerk.txt'), join(folder, 'archive-technician.html')]);
  await library.expectClassCount(7);

  await library.searchFor('files records');
  await expect(library.count).toHaveText(/^1 of 7 classes/);
  await library.titleLinks().first().click();
  const spec = new SpecPage(page);
  await expect(spec.heading).toContainText(SCRIPT);
  await expect(page.locator('.duty-list').getByText(IMAGE)).toBeVisible();
  await spec.originalToggle.click();
  await expect(spec.originalText).toContainText(SCRIPT);
  await expect(spec.originalText).toContainText(IMAGE);

  await page.goBack();
  await library.searchFor('archive');
  await library.titleLinks().first().click();
  await expect(spec.heading).toContainText(SCRIPT);
  await expect(page.locator('.duty-list').getByText(IMAGE)).toBeVisible();
  await spec.originalToggle.click();
  await expect(spec.originalText).toContainText(SCRIPT);

  expect(
    await page.evaluate(() => (window as Window & { __reclassInjected?: string }).__reclassInjected),
  ).toBeUndefined();
  await expect(page.locator('main script, main img')).toHaveCount(0);
});
