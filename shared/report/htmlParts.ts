import type { SpecHeader } from '../compare';
import { escapeHtml } from './escapeHtml';
import type { LegendEntry } from './legend';
import { pageCss, REPORT_CSS } from './printCss';
import type { Segment } from './segments';

export function segmentsHtml(segments: readonly Segment[] | null): string {
  if (!segments) return '<span class="rc-muted">—</span>';
  return segments
    .map((segment) => {
      const text = escapeHtml(segment.text);
      return segment.kind === 'added'
        ? `<ins>${text}</ins>`
        : segment.kind === 'removed'
          ? `<del>${text}</del>`
          : segment.kind === 'shared'
            ? `<mark class="rc-shared">${text}</mark>`
            : text;
    })
    .join('');
}

export function noteRefsHtml(numbers: readonly number[]): string {
  return numbers.map((number) => `<sup><a href="#note-${number}">[${number}]</a></sup>`).join('');
}

export function legendHtml(entries: readonly LegendEntry[]): string {
  const items = entries.map((entry) => {
    const sample = escapeHtml(entry.sample);
    const shown =
      entry.style === 'ins'
        ? `<ins>${sample}</ins>`
        : entry.style === 'del'
          ? `<del>${sample}</del>`
          : entry.style === 'shared'
            ? `<mark class="rc-shared">${sample}</mark>`
            : entry.style === 'why'
              ? `<span class="rc-why">${sample}</span>`
              : entry.style === 'only'
                ? `<span class="rc-only">${sample}</span>`
                : `<span class="rc-label">${sample}</span>`;
    return `<li>${shown}${entry.text ? ` ${escapeHtml(entry.text)}` : ''}</li>`;
  });
  return `<section class="rc-keep" aria-label="Legend"><h2>Legend</h2><ul class="rc-legend">${items.join('')}</ul></section>`;
}

export function headerCellsHtml(header: SpecHeader, isCorrected = false): string {
  const mark = isCorrected ? ' <span class="rc-muted">(corrected by analyst)</span>' : '';
  return [header.title, header.code, header.grade, header.jurisdiction]
    .map((value, index) => `<td>${escapeHtml(value ?? '—')}${index === 0 ? mark : ''}</td>`)
    .join('');
}

/** A complete, self-contained document: no scripts, and a CSP that would refuse any that slipped in. */
export function documentHtml(
  title: string,
  runningHeader: string,
  dateText: string,
  body: string,
  footerText?: string,
): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${pageCss(runningHeader, dateText, footerText)}
${REPORT_CSS}</style>
</head>
<body>
<main class="rc-report">
${body}
</main>
</body>
</html>
`;
}
