import { parse } from 'yaml';

// Keys a static-site generator uses for its own plumbing: they say nothing about the job.
const PLUMBING_KEY =
  /^(layout|type|template|draft|archived|published|weight|slug|url|permalink|aliases?|tags|categories|menu|sitemap|translation_?key|lang|language|locale|date|lastmod|expiry_?date|publish_?date|image|images|thumbnail|redirect_?from|redirect_?to|toc|comments|sidebar|nav_?order|order|id|uuid|.*[_-]?id)$/i;
const TITLE_KEY = /^(title|name|job_?title|position|position_?title|class_?title)$/i;
const PROSE_KEY = /^(description|summary|excerpt|intro|introduction|lede|abstract|purpose)$/i;
// A scalar longer than this reads as a paragraph, not a field value.
const MAX_FIELD_LENGTH = 100;

function labelOf(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isScalar = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.trim().length > 0) || typeof value === 'number';

function scalarList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.filter(isScalar).map((item) => String(item).trim());
  return items.length > 0 && items.length === value.length ? items : null;
}

/**
 * A YAML front matter block as the text a spec would print: the page title as a Markdown "# title",
 * short values as "Label: value" fields, prose as paragraphs and lists under their key as a
 * heading with bullets. Generator plumbing (layout, ids, dates of publication) is left out. Null
 * when the block is not a YAML mapping, so the caller keeps the text as it was.
 */
export function frontMatterText(yaml: string): string | null {
  let data: unknown;
  try {
    data = parse(yaml, { prettyErrors: false, maxAliasCount: 50 });
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const entries = Object.entries(data as Record<string, unknown>).filter(([key]) => !PLUMBING_KEY.test(key));
  const blocks: string[] = [];
  const title = entries.find(([key, value]) => TITLE_KEY.test(key) && isScalar(value));
  if (title) blocks.push(`# ${String(title[1]).trim()}`);
  const fields: string[] = [];
  for (const [key, value] of entries) {
    if (key === title?.[0]) continue;
    const list = scalarList(value);
    if (list) blocks.push(`## ${labelOf(key)}\n\n${list.map((item) => `- ${item}`).join('\n')}`);
    else if (!isScalar(value)) continue;
    else if (PROSE_KEY.test(key) || String(value).length > MAX_FIELD_LENGTH) blocks.push(String(value).trim());
    else fields.push(`${labelOf(key)}: ${String(value).trim()}`);
  }
  if (fields.length > 0) blocks.splice(title ? 1 : 0, 0, fields.join('\n'));
  return blocks.join('\n\n');
}
