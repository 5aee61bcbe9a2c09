import { Parser } from 'htmlparser2';
import { isMainContent, isPageBand, isSiteChrome, marksMainContent } from './pageChrome';
import { TextBuilder } from './textBuilder';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'object',
  'iframe',
  'select',
  'button',
  'input',
]);
const PARAGRAPH_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'hr',
  'dl',
  'figure',
  'form',
  'fieldset',
  'address',
  'ul',
  'ol',
  'table',
]);
const LINE_BLOCKS = new Set([
  'div',
  'br',
  'li',
  'tr',
  'dt',
  'dd',
  'caption',
  'figcaption',
  'legend',
  'center',
  'tbody',
  'thead',
  'tfoot',
]);
const HEADING_LEVEL: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BOLD = new Set(['strong', 'b']);
// A bold paragraph longer than this is emphasised prose, not a sub-heading.
const MAX_BOLD_HEADING_LENGTH = 120;

type ListState = { ordered: boolean; counter: number };
type Paragraph = { mark: number; isBoldOnly: boolean; length: number; hasBreak: boolean };

/**
 * Walks HTML and prints its text with the project's conventions (bullets, TAB-joined table rows,
 * blank lines between paragraphs). Headings keep their level as Markdown marks ("## Duties") and a
 * paragraph that is bold throughout is printed "**so**": the structure a page carries in markup,
 * kept in the text so the parser reads it again from the stored text alone.
 */
class HtmlTextWalker {
  readonly builder = new TextBuilder();
  private skipDepth = 0;
  private preDepth = 0;
  private boldDepth = 0;
  /** Depth inside <main> when the page has one (content outside it is the site's), else -1. */
  private mainDepth: number;
  private articleDepth = 0;
  private readonly lists: ListState[] = [];
  /** Cells of the table rows being read, innermost table last; nested tables fold into the outer cell. */
  private readonly rows: string[][] = [];
  private cell: string[] | null = null;
  private cellDepth = 0;
  private paragraph: Paragraph | null = null;
  /** A description term just ended: its description continues the line ("Grade: G7"). */
  private isAfterTerm = false;

  constructor(hasMain: boolean) {
    this.mainDepth = hasMain ? 0 : -1;
  }

  private get isOutsideMain(): boolean {
    return this.mainDepth === 0;
  }

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    // Counts every element inside a skipped one, so the skip ends at its own closing tag (htmlparser2 closes every element it opens).
    if (this.skipDepth > 0 || SKIPPED.has(name) || isSiteChrome(name, attributes)) {
      this.skipDepth += 1;
      return;
    }
    if (this.mainDepth >= 0) {
      if (this.mainDepth > 0) this.mainDepth += 1;
      else if (isMainContent(name, attributes)) this.mainDepth = 1;
      else return;
    }
    if (isPageBand(name) && this.articleDepth === 0 && this.mainDepth <= 0) {
      this.skipDepth += 1;
      return;
    }
    if (name === 'article') this.articleDepth += 1;
    if (BOLD.has(name)) this.boldDepth += 1;
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
      if (this.paragraph) this.paragraph.hasBreak = true;
      this.builder.hardBreak();
      return;
    }
    if (name === 'dd' && this.isAfterTerm) this.builder.space();
    else this.blockBreak(name);
    this.isAfterTerm = false;
    if (name === 'p' && this.lists.length === 0)
      this.paragraph = { mark: this.builder.mark(), isBoldOnly: true, length: 0, hasBreak: false };
    const level = HEADING_LEVEL[name];
    if (level !== undefined && this.lists.length === 0) this.builder.setPrefix(`${'#'.repeat(level)} `);
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
    if (this.mainDepth >= 0) {
      if (this.mainDepth === 0) return;
      this.mainDepth -= 1;
    }
    if (name === 'article') this.articleDepth = Math.max(0, this.articleDepth - 1);
    if (BOLD.has(name)) this.boldDepth = Math.max(0, this.boldDepth - 1);
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
    if (name === 'p') this.closeParagraph();
    if (name === 'dt') {
      this.builder.attach(':');
      this.isAfterTerm = true;
    } else if (name !== 'br') this.blockBreak(name);
  }

  text(text: string): void {
    if (this.skipDepth > 0 || this.isOutsideMain) return;
    if (this.cell) {
      this.cell.push(text);
      return;
    }
    const paragraph = this.paragraph;
    if (/\S/.test(text)) this.isAfterTerm = false;
    if (paragraph && /\S/.test(text)) {
      paragraph.length += text.trim().length;
      // A dash or colon set in another style ("<strong>You'll be accountable for</strong><em>–</em>") keeps the line bold.
      if (this.boldDepth === 0 && /[\p{L}\p{N}]/u.test(text)) paragraph.isBoldOnly = false;
    }
    this.builder.addText(text, this.preDepth > 0);
  }

  private closeParagraph(): void {
    const paragraph = this.paragraph;
    this.paragraph = null;
    if (
      !paragraph ||
      !paragraph.isBoldOnly ||
      paragraph.hasBreak ||
      paragraph.length === 0 ||
      paragraph.length > MAX_BOLD_HEADING_LENGTH
    )
      return;
    this.builder.wrapSince(paragraph.mark, '**');
  }

  private blockBreak(name: string): void {
    // Inside a list, paragraphs of one item stay together on consecutive lines.
    if (PARAGRAPH_BLOCKS.has(name)) this.builder.breakLine(this.lists.length === 0);
    else if (LINE_BLOCKS.has(name)) this.builder.breakLine();
  }
}

export function htmlToText(html: string): string {
  const walker = new HtmlTextWalker(marksMainContent(html));
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
