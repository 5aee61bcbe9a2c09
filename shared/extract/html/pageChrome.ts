/**
 * Which parts of a web page are the page's own content and which are the site around it.
 *
 * Why a rule set of our own rather than Mozilla's Readability: measured on the corpus pages,
 * Readability over a DOM (linkedom) took 20-100 ms per page against 10-20 ms for the one
 * streaming pass below, and it drops the short label/value blocks ("Grade: G7", "Contract type")
 * and tables that a class specification keeps its facts in. Pages mark their content well enough
 * (<main>, role="main", <nav>, ARIA roles) for these rules; tests/unit/shared/extract/html covers them.
 */

type Attributes = Readonly<Record<string, string>>;

// Site navigation around a spec published on a web page ("Home | Jobs | Contact") is not part of the spec.
const SITE_CHROME =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|skip-?link|skip|sidebar|hidden|visually-hidden|sr-only|cookie-banner)(?:$|[\s_-])/i;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);

/** Navigation, hidden elements and screen-reader-only text: never content, wherever they sit. */
export function isSiteChrome(name: string, attributes: Attributes): boolean {
  if (name === 'nav' || name === 'aside' || 'hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  if (attributes.role !== undefined && CHROME_ROLES.has(attributes.role)) return true;
  return SITE_CHROME.test(`${attributes.id ?? ''} ${attributes.class ?? ''}`);
}

/** A page header or footer: site chrome when it belongs to the page, content when it heads an article. */
export const isPageBand = (name: string): boolean => name === 'header' || name === 'footer';

export const isMainContent = (name: string, attributes: Attributes): boolean =>
  name === 'main' || attributes.role === 'main';

const MAIN_ELEMENT = /<main[\s>]|\srole\s*=\s*["']?main["'\s>]/i;

/** Whether the page marks its main content (then only that is read): decided before the walk, as the walk streams. */
export const marksMainContent = (html: string): boolean => MAIN_ELEMENT.test(html);
