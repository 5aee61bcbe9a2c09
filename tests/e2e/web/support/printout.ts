import { expect, type Page } from '@playwright/test';

const PRINTOUT_FRAME = 'iframe[title="Printout"]';

/** Triggers a print and returns the printout document the app printed from its sandboxed frame. */
export async function printedHtml(page: Page, print: () => Promise<void>): Promise<string> {
  await page.evaluate(
    (selector) => document.querySelectorAll(selector).forEach((frame) => frame.remove()),
    PRINTOUT_FRAME,
  );
  await print();
  const frame = page.locator(PRINTOUT_FRAME);
  await expect(frame).toHaveCount(1);
  return (await frame.getAttribute('srcdoc')) ?? '';
}

/** Prints a printout document to PDF the way the print dialog would (landscape, its own @page rules). */
export async function printToPdf(page: Page, html: string, pdfPath: string): Promise<void> {
  const printout = await page.context().newPage();
  try {
    await printout.setContent(html, { waitUntil: 'load' });
    await printout.pdf({ path: pdfPath, landscape: true, preferCSSPageSize: true, printBackground: true });
  } finally {
    await printout.close();
  }
}
