import type { Line } from './lines';
import { collapseSpace } from './lines';
import { countWords, isPageFurniture, readFields, readListMarker } from './lineShape';
import type { SectionBody } from './sections';
import type { Span } from '../model';

export type Family = Readonly<{ titles: readonly string[]; span?: Span }>;

// Class titles listed under a job family / class series heading, bullets stripped, in printed order.
export function readFamily(lines: readonly Line[], bodies: readonly SectionBody[]): Family {
  const body = bodies.find(({ section }) => section.kind === 'job_family');
  if (body === undefined) return { titles: [] };
  const titles: string[] = [];
  let start: number | null = null;
  let end = 0;
  for (let i = body.firstLine; i < body.endLine; i++) {
    const line = lines[i];
    if (line === undefined || line.isBlank || isPageFurniture(line) || readFields(line).length > 0) continue;
    const marker = readListMarker(line);
    const from = marker?.textStart ?? line.content.start;
    const title = collapseSpace(line.text.slice(from - line.content.start)).replace(/^(\*\*|__)|(\*\*|__)$/g, '');
    if (title.length === 0 || countWords(title) > 10 || /[.:;]$/.test(title) || !/\p{L}/u.test(title)) continue;
    titles.push(title);
    start ??= from;
    end = line.content.end;
  }
  return start === null ? { titles } : { titles, span: { start, end } };
}
