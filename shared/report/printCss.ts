/** Quotes text as a CSS string; everything but letters, digits and spaces becomes a hex escape, so no title can leave the string or the style element. */
export function cssString(text: string): string {
  const escaped = Array.from(text, (character) =>
    /[A-Za-z0-9 ]/.test(character) ? character : `\\${(character.codePointAt(0) ?? 0).toString(16)} `,
  ).join('');
  return `"${escaped}"`;
}

/** Page box: landscape, a running header with both titles and the date, "Page n of m" (and the preparer/case line when given) in the footer. */
export function pageCss(headerText: string, dateText: string, footerText?: string): string {
  const footer = footerText
    ? `\n  @bottom-left { content: ${cssString(footerText)}; font: 9pt system-ui, sans-serif; color: #333; }`
    : '';
  return `@page {
  size: landscape;
  margin: 16mm 11mm 14mm 11mm;
  @top-left { content: ${cssString(headerText)}; font: 600 9pt system-ui, sans-serif; color: #333; }
  @top-right { content: ${cssString(dateText)}; font: 9pt system-ui, sans-serif; color: #333; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #333; }${footer}
}`;
}

/** The printout's layout, shared by the standalone HTML document and the in-app print view. */
export const REPORT_CSS = `
.rc-report { font: 10pt/1.35 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; background: #fff; }
.rc-report h1 { font-size: 15pt; margin: 0 0 6pt; }
.rc-report h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
.rc-report table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.rc-report th, .rc-report td { border: 0.5pt solid #999; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: manual; }
.rc-report thead th { background: #e8ecf2; font-weight: 600; }
.rc-report thead { display: table-header-group; }
.rc-report tr, .rc-report .rc-keep { break-inside: avoid; page-break-inside: avoid; }
.rc-report ins { background: #d7f5dc; color: #0b4f17; text-decoration: underline; text-decoration-thickness: 1.5pt; }
.rc-report del { background: #fde0e0; color: #7a0c0c; text-decoration: line-through; }
.rc-report mark.rc-shared { background: #fff1b8; color: inherit; font-weight: 600; }
.rc-report .rc-why { color: #333; font-style: italic; font-size: 0.9em; font-weight: normal; white-space: normal; display: inline-block; max-width: 16em; }
.rc-report .rc-only { background: #fff6d6; }
.rc-report .rc-label { font-weight: 600; }
.rc-report .rc-subhead { background: #f3f5f8; font-weight: 600; }
.rc-report .rc-num { text-align: right; font-variant-numeric: tabular-nums; }
.rc-report .rc-muted { color: #555; }
.rc-report .rc-verdict { font-size: 12pt; font-weight: 700; }
.rc-report .rc-legend { display: flex; flex-wrap: wrap; gap: 4pt 14pt; margin: 4pt 0; padding: 0; list-style: none; }
.rc-report sup { font-size: 7pt; }
.rc-report .rc-evidence { font-size: 8.5pt; color: #333; }
.rc-report .rc-hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 7.5pt; overflow-wrap: anywhere; }
.rc-report .rc-provenance .rc-doc td { border-bottom: 0; }
.rc-report .rc-provenance .rc-source td { border-top: 0; padding-top: 0; }
.rc-report .rc-heat-0 { background: #f3f6fb; } .rc-report .rc-heat-1 { background: #dfe8f5; }
.rc-report .rc-heat-2 { background: #c5d7ee; } .rc-report .rc-heat-3 { background: #a9c3e6; }
.rc-report .rc-heat-4 { background: #8caedc; } .rc-report .rc-flag { font-weight: 700; }
@media print { .rc-report { font-size: 9pt; } }
`;
