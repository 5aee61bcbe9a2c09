import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { ComparePage, HOUSTON_SUPERVISOR, SECTION_CHIEF } from '../pages/comparePage';
import { LibraryPage } from '../pages/libraryPage';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The app's CSP (script-src 'self') rightly refuses the injected axe script; only the test lifts it.
test.use({ bypassCSP: true });

type AxeViolation = Readonly<{
  id: string;
  impact: string | null;
  help: string;
  nodes: readonly Readonly<{ target: readonly string[] }>[];
}>;

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Element, options: object) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return { violations: result.violations, passes: result.passes.length };
  });
  expect(passes, 'axe ran its checks').toBeGreaterThan(10);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

async function openLibrary(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(5);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the compare view has no serious or critical axe violations', async ({ page }) => {
      const compare = new ComparePage(page);
      await compare.openComparison(HOUSTON_SUPERVISOR, SECTION_CHIEF);
      await compare.factors.getByRole('button', { name: 'Complexity', exact: true }).click();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the spec view while correcting the parse has no serious or critical axe violations', async ({ page }) => {
      await openLibrary(page);
      const library = new LibraryPage(page);
      await library.searchFor(HOUSTON_SUPERVISOR);
      await library.openClass((await library.titles())[0] ?? '');
      await page.getByRole('button', { name: 'Correct the parse' }).click();
      await page.getByRole('form', { name: 'Correct the record' }).getByLabel('Grade / pay plan').fill('SUP-18');
      await page.getByRole('button', { name: 'Save fields' }).click();
      await expect(page.getByRole('heading', { name: 'Corrections (1)' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the series view has no serious or critical axe violations', async ({ page }) => {
      await openLibrary(page);
      await page.goto('./#/series');
      await page.getByRole('combobox', { name: 'Job family' }).selectOption({ index: 1 });
      await expect(page.getByRole('table', { name: /Factor levels by grade/ })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('the class pickers work from the keyboard alone', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.open();
  const picker = compare.picker('Class A');
  await picker.focus();
  await page.keyboard.type('customer service');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const active = await picker.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/#\/compare\?a=/);
});
