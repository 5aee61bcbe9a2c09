const FRAME_TITLE = 'Printout';

/**
 * The frame inherits the app's CSP (style-src 'self'), which refuses the printout's <style> element and style
 * attributes; stylesheets built through the CSSOM are not subject to it, so the printout's own CSS is applied that way.
 */
function applyPrintoutStyles(frame: HTMLIFrameElement): void {
  // Adopted sheets must come from the frame's own realm.
  const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null;
  const frameDocument = frame.contentDocument;
  if (!frameWindow || !frameDocument) return;
  const sheets = Array.from(frameDocument.querySelectorAll('style'), (style) => {
    const sheet = new frameWindow.CSSStyleSheet();
    sheet.replaceSync(style.textContent);
    return sheet;
  });
  frameDocument.adoptedStyleSheets = sheets;
  for (const element of frameDocument.querySelectorAll<HTMLElement>('[style]'))
    element.style.cssText = element.getAttribute('style') ?? '';
}

/**
 * Prints a standalone printout (shared/report's HTML) from a sandboxed frame: no scripts run in it, and the frame is
 * printed on its own with its @page rules. The frame stays (hidden) until the next printout replaces it.
 */
export async function printInFrame(document: Document, printoutHtml: string): Promise<void> {
  for (const previous of document.querySelectorAll(`iframe[title="${FRAME_TITLE}"]`)) previous.remove();
  const frame = document.createElement('iframe');
  // Same origin so the app can apply the styles and call print(); without allow-scripts nothing inside can run.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.title = FRAME_TITLE;
  frame.className = 'printout-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = printoutHtml;
  document.body.append(frame);
  await loaded;
  applyPrintoutStyles(frame);
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
}
