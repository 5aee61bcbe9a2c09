import { Parser } from 'htmlparser2';
import { TextBuilder } from './textBuilder';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'object', 'iframe', 'select', 'button']);
const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav',
  'blockquote', 'pre', 'hr', 'dl', 'figure', 'form', 'fieldset', 'address', 'ul', 'ol', 'table',
]);
const LINE_BLOCKS = new Set(['div', 'br', 'li', 'tr', 'dt', 'dd', 'caption', 'figcaption', 'legend', 'center', 'tbody', 'thead', 'tfoot']);

// Site navigation around a spec published on a web page ("Home | Jobs | Contact") is not part of the spec.
const SITE_CHROME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|skip-?link|sidebar)(?:$|[\s_-])/i;

function isSiteChrome(name: string, attributes: Readonly<Record<string, string>>): boolean {
  if (name === 'nav' || attributes.role === 'navigation') return true;
  return SITE_CHROME.test(`${attributes.id ?? ''} ${attributes.class ?? ''}`);
}

type ListState = { ordered: boolean; counter: number };

/** Walks HTML and prints its text with the project's conventions (bullets, TAB-joined table rows, blank lines between paragraphs). */
class HtmlTextWalker {
  readonly builder = new TextBuilder();
  private skipDepth = 0;
  private preDepth = 0;
  private readonly lists: ListState[] = [];
  /** Cells of the table rows being read, innermost table last; nested tables fold into the outer cell. */
  private readonly rows: string[][] = [];
  private cell: string[] | null = null;
  private cellDepth = 0;

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    // Counts every element inside a skipped one, so the skip ends at its own closing tag (htmlparser2 closes every element it opens).
    if (this.skipDepth > 0 || SKIPPED.has(name) || isSiteChrome(name, attributes)) {
      this.skipDepth += 1;
      return;
    }
    if (name === 'pre') this.preDepth += 1;
    if (this.cell) {
      if (name === 'td' || name === 'th') this.cellDepth += 1;
      if (name === 'br' || PARAGRAPH_BLOCKS.has(name) || LINE_BLOCKS.has(name)) this.cell.push(' ');
      return;
    }
    if (name === 'tr') this.rows.push([]);
    if ((name === 'td' || name === 'th') && this.rows.length > 0) {
      this.cell = [];
      this.cellDepth = 1;
      return;
    }
    if (name === 'br') {
      this.builder.hardBreak();
      return;
    }
    this.blockBreak(name);
    if (name === 'ul' || name === 'ol') {
      const start = Number.parseInt(attributes.start ?? '1', 10);
      this.lists.push({ ordered: name === 'ol', counter: Number.isFinite(start) ? start - 1 : 0 });
    }
    if (name === 'li') {
      const list = this.lists[this.lists.length - 1];
      if (list?.ordered) list.counter += 1;
      this.builder.setPrefix(list?.ordered ? `${list.counter}. ` : '• ');
    }
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth -= 1;
      return;
    }
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    if (this.cell) {
      if (name === 'td' || name === 'th') this.cellDepth -= 1;
      if (this.cellDepth > 0) {
        if (PARAGRAPH_BLOCKS.has(name) || LINE_BLOCKS.has(name)) this.cell.push(' ');
        return;
      }
      this.rows[this.rows.length - 1]?.push(this.cell.join('').replace(/\s+/g, ' ').trim());
      this.cell = null;
      return;
    }
    if (name === 'tr') {
      const cells = this.rows.pop() ?? [];
      this.builder.addLine(cells.filter((cell) => cell.length > 0).join('\t'));
    }
    if (name === 'ul' || name === 'ol') this.lists.pop();
    if (name !== 'br') this.blockBreak(name);
  }

  text(text: string): void {
    if (this.skipDepth > 0) return;
    if (this.cell) this.cell.push(text);
    else this.builder.addText(text, this.preDepth > 0);
  }

  private blockBreak(name: string): void {
    // Inside a list, paragraphs of one item stay together on consecutive lines.
    if (PARAGRAPH_BLOCKS.has(name)) this.builder.breakLine(this.lists.length === 0);
    else if (LINE_BLOCKS.has(name)) this.builder.breakLine();
  }
}

export function htmlToText(html: string): string {
  const walker = new HtmlTextWalker();
  const parser = new Parser(
    {
      onopentag: (name, attributes) => walker.open(name, attributes),
      onclosetag: (name) => walker.close(name),
      ontext: (text) => walker.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return walker.builder.toString();
}
