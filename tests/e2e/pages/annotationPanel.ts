import { expect, type Locator, type Page } from '@playwright/test';

/** The annotation panel beside a spec, and text selection in the spec as an analyst makes it. */
export class AnnotationPanel {
  readonly panel: Locator;
  readonly list: Locator;
  readonly orphans: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: /^Annotations/u });
    this.list = this.panel.locator('ol.annotation-list > li');
    this.orphans = page.getByRole('region', { name: /^Orphans/u }).getByRole('listitem');
  }

  /** Selects the first occurrence of `phrase` in the first element matching `selector` that holds it (across highlight marks) and releases the mouse there. */
  async select(selector: string, phrase: string): Promise<void> {
    await this.page.evaluate(
      ([rootSelector, wanted]) => {
        const root = [...document.querySelectorAll(rootSelector ?? '')].find(
          (element) => element.textContent?.includes(wanted ?? '') ?? false,
        );
        if (!root || !wanted) throw new Error(`"${wanted}" is not in any ${rootSelector}`);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: { node: Text; at: number }[] = [];
        let text = '';
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          nodes.push({ node, at: text.length });
          text += node.data;
        }
        const start = text.indexOf(wanted);
        if (start < 0) throw new Error(`"${wanted}" is not on screen`);
        const locate = (offset: number, isEnd: boolean) => {
          const found = [...nodes].reverse().find((entry) => (isEnd ? entry.at < offset : entry.at <= offset));
          if (!found) throw new Error('offset outside the text');
          return [found.node, offset - found.at] as const;
        };
        const range = document.createRange();
        range.setStart(...locate(start, false));
        range.setEnd(...locate(start + wanted.length, true));
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        range.endContainer.parentElement?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      [selector, phrase],
    );
  }

  async annotate(selector: string, phrase: string, note: string, tags = ''): Promise<void> {
    // A selection made while the view is still settling (first render, start-up re-parse) can be dropped: select again until the form opens.
    await expect(async () => {
      await this.select(selector, phrase);
      await expect(this.panel.getByRole('textbox', { name: 'Note', exact: true })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await this.panel.getByRole('textbox', { name: 'Note', exact: true }).fill(note);
    if (tags) await this.panel.getByLabel('Tags (comma-separated)').fill(tags);
    await this.panel.getByRole('button', { name: 'Add annotation' }).click();
    await expect(this.panel.getByRole('button', { name: 'Add annotation' })).toHaveCount(0);
  }
}
