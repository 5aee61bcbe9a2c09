import { useEffect } from 'react';

/**
 * Applies CSS text to the document as a constructed stylesheet. The app's CSP (style-src 'self') refuses inline
 * <style> elements, but not stylesheets built through the CSSOM — and the page header's text changes per comparison.
 */
export function useAdoptedStyleSheet(cssText: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [cssText]);
}
