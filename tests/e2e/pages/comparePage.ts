import { expect, type Locator, type Page } from '@playwright/test';
import { LibraryPage } from './libraryPage';

/** Class numbers of seed classes, typed into the pickers to choose them. */
export const HOUSTON_SUPERVISOR = '886.7';
export const SECTION_CHIEF = '886.8';
export const PORTLAND_SUPERVISOR = '30000445';

export type CompareSide = 'Class A' | 'Class B';

/** The compare screen (#/compare): the two class pickers and the duty and factor tables. */
export class ComparePage {
  readonly duties: Locator;
  readonly factors: Locator;

  constructor(readonly page: Page) {
    this.duties = page.getByRole('table', { name: 'Duties' });
    this.factors = page.getByRole('table', { name: 'Factors' });
  }

  /** Opens the compare screen once the seeded library has loaded, so the pickers can find classes. */
  async open(): Promise<void> {
    const library = new LibraryPage(this.page);
    await library.open();
    await library.expectClassCount(5);
    await this.page.goto('./#/compare');
  }

  picker(side: CompareSide): Locator {
    return this.page.getByRole('combobox', { name: side });
  }

  async pickClass(side: CompareSide, query: string): Promise<void> {
    await this.picker(side).fill(query);
    await expect(
      this.page
        .getByRole('listbox', { name: `${side} matches` })
        .getByRole('option')
        .first(),
    ).toBeVisible();
    await this.picker(side).press('Enter');
  }

  /** Opens the compare screen with class `a` against class `b` and waits for the duty table. */
  async openComparison(a: string, b: string): Promise<void> {
    await this.open();
    await this.pickClass('Class A', a);
    await this.pickClass('Class B', b);
    await expect(this.duties).toBeVisible();
  }
}
