import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { LibraryPage } from './libraryPage';

/** A reclassification study (#/studies/<id>): request, position, candidates, status, decision, report. */
export class StudyPage {
  readonly saveStatus: Locator;
  readonly matrix: Locator;

  constructor(readonly page: Page) {
    this.saveStatus = page.locator('.study-status');
    this.matrix = page.getByRole('table', { name: 'Candidates matrix' });
  }

  /** Opens the studies list once the seeded library has loaded. */
  async openList(): Promise<void> {
    const library = new LibraryPage(this.page);
    await library.open();
    await library.expectClassCount(5);
    await this.page.goto('./#/studies');
  }

  async create(name: string): Promise<void> {
    await this.page.getByLabel('New study').fill(name);
    await this.page.getByRole('button', { name: 'Create study' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async expectSaved(what: string): Promise<void> {
    await expect(this.saveStatus).toHaveText(`Saved ${what}.`);
  }

  async pickClass(label: string, query: string): Promise<void> {
    const picker = this.page.getByRole('combobox', { name: label });
    await picker.fill(query);
    await expect(
      this.page
        .getByRole('listbox', { name: `${label} matches` })
        .getByRole('option')
        .first(),
    ).toBeVisible();
    await picker.press('Enter');
  }

  async download(button: string): Promise<Buffer> {
    const pending = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return readFile(await (await pending).path());
  }
}
