import type { Locator, Page } from '@playwright/test';

/** One class specification (#/spec/<id>). */
export class SpecPage {
  readonly heading: Locator;
  readonly duties: Locator;
  readonly factorTable: Locator;
  readonly originalToggle: Locator;
  readonly originalText: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.duties = page.locator('.duty-list > li');
    this.factorTable = page.getByRole('table', { name: 'Factor levels' });
    this.originalToggle = page.getByRole('button', { name: 'Show original text' });
    this.originalText = page.getByLabel('Original text with parsed parts highlighted');
  }
}
