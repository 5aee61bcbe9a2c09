import type { ClassSpec } from '../model';
import { escapeHtml } from './escapeHtml';
import { noteRefsHtml } from './htmlParts';

/** Which document, in which version, from which file: what a reader of a printout needs to find the same text again. */
export type ProvenanceRow = Readonly<{
  role: string;
  title: string;
  employer: string;
  code: string;
  grade: string;
  version: string;
  effective: string;
  revised: string;
  sourceName: string;
  hash: string;
  noteNumbers: readonly number[];
}>;

const cell = (value: string): string => `<td>${escapeHtml(value)}</td>`;

/**
 * The documents compared, one row each, with the file and its SHA-256 on a full-width line
 * beneath (a 64-character digest squeezed into a column breaks into an unreadable stack).
 */
/** `corrected[i]` marks a row whose record the analyst corrected (the corrections lie over the parsed document). */
export function provenanceHtml(rows: readonly ProvenanceRow[], corrected: readonly boolean[] = []): string {
  // Role sits above the title: a narrow role column broke words like "recommended" mid-word in portrait.
  const head = `<thead><tr><th style="width:30%">Document</th><th style="width:12%">Employer</th><th style="width:8%">Code</th><th style="width:7%">Grade</th><th style="width:9%">Version</th><th style="width:17%">Effective</th><th style="width:17%">Revised</th></tr></thead>`;
  const body = rows
    .map(
      (row, index) =>
        `<tbody class="rc-keep"><tr class="rc-doc"><td><span class="rc-muted">${escapeHtml(row.role)}</span><br>${escapeHtml(row.title)}${corrected[index] ? ' <span class="rc-muted">(corrected by analyst)</span>' : ''}${noteRefsHtml(row.noteNumbers)}</td>${cell(row.employer)}${cell(row.code)}${cell(row.grade)}${cell(row.version)}${cell(row.effective)}${cell(row.revised)}</tr>` +
        `<tr class="rc-source"><td colspan="7"><span class="rc-muted">Source file:</span> ${escapeHtml(row.sourceName)} <span class="rc-muted">· SHA-256:</span> <span class="rc-hash">${escapeHtml(row.hash)}</span></td></tr></tbody>`,
    )
    .join('');
  return `<table class="rc-provenance" aria-label="Documents">${head}${body}</table>`;
}

/** Where a document came from: its SHA-256 (the stored id), its version in the library and its file name. */
export type DocumentSource = Readonly<{
  id: string;
  version: number | null;
  sourceName: string;
  employer?: string;
}>;

const dash = (value: string | null | undefined): string => value?.trim() || '—';

/** The provenance of one document as printed; a document typed into the app has no file or version. */
export function provenanceRow(
  role: string,
  spec: ClassSpec,
  source: DocumentSource | null,
  noteNumbers: readonly number[] = [],
): ProvenanceRow {
  return {
    role,
    title: dash(spec.title),
    employer: dash(spec.jurisdiction ?? source?.employer),
    code: dash(spec.code),
    grade: dash(spec.grade),
    version: source ? (source.version === null ? '—' : String(source.version)) : 'typed',
    effective: dash(spec.effectiveDate),
    revised: dash(spec.revisedDate),
    sourceName: source ? source.sourceName : '—',
    hash: source ? source.id : '—',
    noteNumbers,
  };
}
