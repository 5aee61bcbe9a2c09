import type { PrintToPDFOptions, WebContents } from 'electron';

/** Side-by-side comparisons read best across the page; CSS @page rules in the print layout win when present. */
export const PDF_OPTIONS: PrintToPDFOptions = {
  landscape: true,
  printBackground: true,
  pageSize: 'Letter',
  preferCSSPageSize: true,
  generateDocumentOutline: true,
};

/** Opens the OS print dialog; resolves when printing is sent or the analyst cancels. */
export function printContents(contents: Pick<WebContents, 'print'>): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print({ printBackground: true }, (success, failureReason) => {
      if (success || failureReason === 'cancelled') resolve();
      else reject(new Error(`Printing failed: ${failureReason}`));
    });
  });
}
