import { cssString, escapeHtml, noteRefsHtml, provenanceHtml, REPORT_CSS } from '../report';
import type { CandidateSection } from './studyCandidateSection';
import { NOT_CONSIDERED, type StudyReport } from './studyReport';
import { overviewRows } from './overviewRows';

const text = (value: string): string => escapeHtml(value);

/** Portrait memo pages; case number, preparer, date and "Page n of m" on every page. */
export function studyPageCss(report: Pick<StudyReport, 'caseNumber' | 'preparer' | 'generatedOn' | 'title'>): string {
  const font = 'font: 8.5pt system-ui, sans-serif; color: #333;';
  return `@page {
  size: letter portrait;
  margin: 18mm 14mm 16mm 14mm;
  @top-left { content: ${cssString(`Case ${report.caseNumber}`)}; ${font} font-weight: 600; }
  @top-right { content: ${cssString(report.title)}; ${font} }
  @bottom-left { content: ${cssString(`Prepared by ${report.preparer}, ${report.generatedOn}`)}; ${font} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${font} }
}`;
}

const STUDY_CSS = `
.rc-report dl.rc-fields { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 4pt 0; }
.rc-report dl.rc-fields dt { font-weight: 600; }
.rc-report dl.rc-fields dd { margin: 0; }
.rc-report h3 { font-size: 11pt; margin: 10pt 0 3pt; break-after: avoid; }
.rc-report .rc-prose { white-space: pre-wrap; }
`;

const fields = (rows: readonly (readonly [string, string])[]): string =>
  `<dl class="rc-fields">${rows.map(([label, value]) => `<dt>${text(label)}</dt><dd>${text(value)}</dd>`).join('')}</dl>`;

function table(headers: readonly (readonly [string, string?])[], rows: readonly string[]): string {
  const head = headers
    .map(([label, width]) => `<th${width ? ` style="width:${width}"` : ''}>${text(label)}</th>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const cells = (values: readonly string[]): string => values.map((value) => `<td>${text(value)}</td>`).join('');

function candidateHtml(section: CandidateSection, index: number): string {
  const roles = section.roles.length ? ` <span class="rc-muted">(${text(section.roles.join(', '))})</span>` : '';
  const concept = section.concept.length
    ? `<h3>Class concept</h3>${table(
        [['Section', '16%'], ['Position'], ['Class']],
        section.concept.map(
          (row) =>
            `<tr><th scope="row">${text(row.heading)}${noteRefsHtml(row.noteNumbers)}</th>${cells([row.subject, row.candidate])}</tr>`,
        ),
      )}`
    : '';
  const factors = section.factors.length
    ? `<h3>Factors</h3>${table(
        [['Factor', '15%'], ['Position', '19%'], ['Class', '19%'], ['Change', '14%'], ['Class statement']],
        section.factors.map(
          (row) =>
            `<tr><th scope="row">${text(row.name)}${noteRefsHtml(row.noteNumbers)}</th>${cells([row.subject, row.candidate, row.change])}<td class="rc-evidence">${text(row.evidence)}</td></tr>`,
        ),
      )}`
    : '';
  const pairs = `<h3>Duties of the position against the class</h3>${table(
    [['#', '4%'], ['Position duty'], ['Time', '7%'], ['Class duty'], ['Relation', '12%'], ['Reason', '16%']],
    section.pairs.map(
      (row) =>
        `<tr><td class="rc-num">${row.subjectNumber ?? ''}</td>${cells([row.subjectText, row.percentTime])}<td>${row.candidateNumber === null ? '<span class="rc-muted">—</span>' : `${row.candidateNumber}. ${text(row.candidateText)}`}</td><td>${text(row.relation)}${noteRefsHtml(row.noteNumbers)}</td><td>${text(row.reason)}</td></tr>`,
    ),
  )}`;
  const classOnly = section.classOnly.length
    ? `<p><strong>Class duties the position does not perform:</strong></p><ul>${section.classOnly.map((duty) => `<li>${text(duty)}</li>`).join('')}</ul>`
    : '';
  return `<section aria-label="Comparison with ${text(section.title)}"><h2>4.${index + 1} ${text(section.title)}${roles}</h2>
<p><strong>${text(section.verdict)}</strong> at a ${text(section.threshold)} threshold. Position’s duties found in the class: <strong>${text(section.positionInClass)}</strong>; class duties the position performs: <strong>${text(section.classInPosition)}</strong>.</p>
${concept}${factors}${pairs}${classOnly}</section>`;
}

function overviewHtml(report: StudyReport): string {
  const { overview } = report;
  if (!overview.columns.length) return '<p class="rc-muted">No candidate classes.</p>';
  const head: [string, string?][] = [['', '18%'], ...overview.columns.map((column): [string] => [column.title])];
  const row = (label: string, values: readonly string[]): string =>
    `<tr><th scope="row">${text(label)}</th>${cells(values)}</tr>`;
  const rows = overviewRows(overview).map(({ label, values }) => row(label, values));
  const best = overview.bestFit
    ? `<p>Best fit by duties and factor levels: <strong>${text(overview.bestFit)}</strong>.</p>`
    : '';
  return `${table(head, rows)}${best}`;
}

/** The study report as a standalone, script-free document; every piece of study and document text is escaped. */
export function renderStudyHtml(report: StudyReport): string {
  const materials = provenanceHtml(report.materials);
  const duties = report.duties.length
    ? table(
        [['#', '5%'], ['Duty'], ['Time', '9%']],
        [
          ...report.duties.map(
            (duty) =>
              `<tr><td class="rc-num">${duty.number}</td>${cells([duty.text])}<td class="rc-num">${text(duty.percentTime)}</td></tr>`,
          ),
          ...(report.totalTime
            ? [`<tr><th scope="row" colspan="2">Total</th><td class="rc-num">${text(report.totalTime)}</td></tr>`]
            : []),
        ],
      )
    : '<p class="rc-muted">No position description in this study.</p>';
  const history = report.history
    .map(
      (change) =>
        `<li>${text(change.date)}: ${text(change.status)}${change.note ? ` — ${text(change.note)}` : ''}</li>`,
    )
    .join('');
  const footnotes = report.footnotes.length
    ? `<section aria-label="Notes"><h2>Notes</h2><ol>${report.footnotes.map((note) => `<li id="note-${note.number}" value="${note.number}"><strong>${text(note.place)}:</strong> <span class="rc-prose">${text(note.text)}</span></li>`).join('')}</ol></section>`
    : '';
  const body = `<h1>${text(report.title)}</h1>
<p class="rc-muted">Reclassification report · case ${text(report.caseNumber)} · prepared by ${text(report.preparer)} · ${text(report.generatedOn)} · status: ${text(report.status)}</p>
<section aria-label="Request"><h2>1. Request</h2>${fields(report.request)}<p><strong>Status history</strong></p><ul>${history}</ul></section>
<section aria-label="Materials reviewed"><h2>2. Materials reviewed</h2>${materials}</section>
<section aria-label="Duties of the position"><h2>3. Duties of the position</h2><p>${text(report.subjectTitle)}</p>${duties}</section>
<section aria-label="Comparison with the candidate classes"><h2>4. Comparison with the candidate classes</h2>${overviewHtml(report)}</section>
${report.candidates.map(candidateHtml).join('\n')}
<section aria-label="Rationale"><h2>5. Rationale${noteRefsHtml(report.rationaleNotes)}</h2><p class="rc-prose">${report.rationale ? text(report.rationale) : '<span class="rc-muted">No rationale recorded yet.</span>'}</p><p class="rc-muted">${text(NOT_CONSIDERED)}</p></section>
<section aria-label="Recommendation" class="rc-keep"><h2>6. Recommendation</h2>${fields(report.recommendation)}</section>
${footnotes}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${text(report.title)}</title>
<style>${studyPageCss(report)}
${REPORT_CSS}
${STUDY_CSS}</style>
</head>
<body>
<main class="rc-report">
${body}
</main>
</body>
</html>
`;
}
