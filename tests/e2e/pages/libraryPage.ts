import { expect, type Locator, type Page } from '@playwright/test';

export const SEED_TITLES = [
  'Assistant Customer Service Manager',
  'Customer Service Supervisor',
  'Customer Service Representative II',
  'Customer Service Section Chief',
  'Customer Service Supervisor',
] as const;

/** The library screen: search, filters, the class list and the import panel. */
export class LibraryPage {
  readonly search: Locator;
  readonly list: Locator;
  readonly count: Locator;
  readonly importPanel: Locator;
  readonly failures: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search classes' });
    this.list = page.getByRole('list', { name: 'Classes' });
    this.count = page.locator('.library__count');
    this.importPanel = page.getByRole('region', { name: 'Import progress' });
    this.failures = page.getByRole('list', { name: 'Files that could not be imported' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/library');
    await expect(this.search).toBeEnabled();
  }

  /** Waits until the library shows this many classes in total (nothing filtered out). */
  async expectClassCount(total: number): Promise<void> {
    await expect(this.count).toContainText(new RegExp(`of ${total} classes`));
  }

  rows(): Locator {
    return this.list.getByRole('listitem');
  }

  titleLinks(): Locator {
    return this.list.locator('.class-row__title');
  }

  async titles(): Promise<string[]> {
    return (await this.titleLinks().allTextContents()).map((title) => title.trim());
  }

  async waitForImportToFinish(): Promise<void> {
    await expect(this.importPanel.getByText(/^Import (finished|cancelled)$/)).toBeVisible({ timeout: 60_000 });
  }

  /** Picks a folder through the browser's folder chooser. */
  async importFolder(folder: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import folder…' }).click();
    await (await chooser).setFiles(folder);
    await this.waitForImportToFinish();
  }

  async importFiles(files: readonly string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles([...files]);
    await this.waitForImportToFinish();
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
  }

  async openClass(title: string): Promise<void> {
    await this.list.getByRole('link', { name: title, exact: true }).first().click();
  }
}
