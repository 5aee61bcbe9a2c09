import { htmlToText } from '../html/htmlToText';
import { frontMatterText } from './frontMatter';
import { rewriteMapped, type MappedText } from './mappedText';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g;
// Template syntax of site generators: comments and instructions for the page's author, never page text.
const TEMPLATE_SYNTAX = /<!--[\s\S]*?-->|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
// An HTML block written into the Markdown (a GOV.UK summary list carrying the grade, a table).
const HTML_BLOCK = /^[ \t]*<(dl|table)\b[^>]*>[\s\S]*?<\/\1>[ \t]*$/gim;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
// "[text](url)", also a link whose text lost its closing parenthesis ("[IT-04 (previously CS-04](…)").
const LINK = /\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;

/**
 * Markdown as a spec's text: front matter read as structured fields, template comments and tags
 * dropped, inline HTML blocks printed as text and links reduced to their words. Headings, emphasis
 * and list markers stay: the parser reads them.
 */
export function readMarkdownSource(input: MappedText): MappedText {
  let mapped = rewriteMapped(input, FRONT_MATTER, (block) => {
    const inner = block.replace(/^---[ \t]*\n/, '').replace(/\n(?:---|\.\.\.)[ \t]*\n?$/, '');
    const fields = frontMatterText(inner);
    return fields === null ? block : `${fields}\n\n`;
  });
  mapped = rewriteMapped(mapped, TEMPLATE_SYNTAX, () => '');
  mapped = rewriteMapped(mapped, HTML_BLOCK, (block) => htmlToText(block));
  mapped = rewriteMapped(mapped, IMAGE, () => '');
  return rewriteMapped(mapped, LINK, (link) => /^\[([^\]\n]*)\]/.exec(link)?.[1] ?? link);
}
