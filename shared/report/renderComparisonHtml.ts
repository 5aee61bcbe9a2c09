import type { ComparisonReport, DutyReportRow, FactorReportRow } from './comparisonReport';
import { displayTitle, labelText } from './comparisonReport';
import { escapeHtml } from './escapeHtml';
import { documentHtml, headerCellsHtml, legendHtml, noteRefsHtml, segmentsHtml } from './htmlParts';
import { levelText } from './labels';
import { provenanceHtml } from './provenance';
import { COMPARISON_LEGEND } from './legend';

function factorSideHtml(side: FactorReportRow['a']): string {
  if (!side) return '<td colspan="2" class="rc-muted">not stated</td>';
  return `<td>${escapeHtml(levelText(side.level, side.scaleSize, side.label, side.basis))}</td><td class="rc-evidence">${escapeHtml(side.evidence)}</td>`;
}

function factorRowHtml(row: FactorReportRow): string {
  return `<tr><th scope="row">${escapeHtml(row.name)}${noteRefsHtml(row.noteNumbers)}</th>${factorSideHtml(row.a)}<td class="rc-label">${escapeHtml(`${row.delta.symbol}\u00a0${row.delta.text}`)}</td>${factorSideHtml(row.b)}</tr>`;
}

function dutyRowHtml(row: DutyReportRow): string {
  const onlyClass = row.numberA === null || row.numberB === null ? ' class="rc-only"' : '';
  const why =
    (row.why ? `<br><span class="rc-why">${escapeHtml(row.why)}</span>` : '') +
    (row.coveredBy ? `<br><span class="rc-why">${escapeHtml(row.coveredBy)}</span>` : '');
  // A no-break space keeps each glyph with its word when the narrow relation cell wraps.
  const labels =
    row.labels.map((label) => escapeHtml(labelText(label).replace(' ', '\u00a0'))).join('<br>') +
    (row.isRewritten ? '<br><span class="rc-muted">worded differently</span>' : '') +
    why;
  const score = row.score === null ? '—' : `${Math.round(row.score * 100)}%`;
  return `<tr${onlyClass}><td class="rc-num">${row.numberA ?? '—'}</td><td>${segmentsHtml(row.left)}</td><td class="rc-label">${labels}${noteRefsHtml(row.noteNumbers)}</td><td class="rc-num">${score}</td><td class="rc-num">${row.numberB ?? '—'}</td><td>${segmentsHtml(row.right)}</td></tr>`;
}

function bodyHtml(report: ComparisonReport): string {
  const titleA = escapeHtml(displayTitle(report.a, 'Class A'));
  const titleB = escapeHtml(displayTitle(report.b, 'Class B'));
  const summary = `<section class="rc-keep" aria-label="Summary">
<h1>${escapeHtml(report.name)}</h1>
<p class="rc-muted">${escapeHtml(preparedLine(report))}${report.differencesOnly ? ' · differences only' : ''}</p>
${documentsHtml(report)}
<h2>Coverage</h2>
<p><span class="rc-verdict">${escapeHtml(report.verdictText)}</span> at a ${escapeHtml(report.coverage.threshold)} threshold.
Duties of A found in B: <strong>${escapeHtml(report.coverage.aInB)}</strong> · duties of B found in A: <strong>${escapeHtml(report.coverage.bInA)}</strong>
<span class="rc-muted">(other duties: ${escapeHtml(report.coverage.otherAInB)} / ${escapeHtml(report.coverage.otherBInA)})</span></p>
</section>`;
  const factors = report.factors.length
    ? `<section aria-label="Factors"><h2>Factors</h2><table><thead><tr><th style="width:13%">Factor</th><th style="width:12%">Level A</th><th>Evidence A</th><th style="width:11%">Change</th><th style="width:12%">Level B</th><th>Evidence B</th></tr></thead><tbody>${report.factors.map(factorRowHtml).join('')}</tbody></table></section>`
    : '';
  const concept = report.concept.length
    ? `<section aria-label="Class concept"><h2>Class concept</h2><table><thead><tr><th>${titleA}</th><th>${titleB}</th></tr></thead>${report.concept
        // The heading gets the full width: a long capitalized heading in a narrow column broke mid-word.
        .map(
          (row) =>
            `<tbody class="rc-keep"><tr><th colspan="2" scope="colgroup" class="rc-subhead">${escapeHtml(row.heading)}${noteRefsHtml(row.noteNumbers)}</th></tr><tr><td>${segmentsHtml(row.left)}</td><td>${segmentsHtml(row.right)}</td></tr></tbody>`,
        )
        .join('')}</table></section>`
    : '';
  const hidden =
    report.hiddenSameDuties > 0
      ? `<p class="rc-muted">${report.hiddenSameDuties} identical duty rows not shown.</p>`
      : '';
  const duties = `<section aria-label="Duties"><h2>Duties</h2>${hidden}<table><thead><tr><th style="width:4%">A</th><th>${titleA}</th><th style="width:11%">Relation</th><th style="width:6%">Score</th><th style="width:4%">B</th><th>${titleB}</th></tr></thead><tbody>${report.duties.map(dutyRowHtml).join('')}</tbody></table></section>`;
  const notes = report.footnotes.length
    ? `<section aria-label="Analyst notes"><h2>Analyst notes</h2><ol>${report.footnotes
        .map(
          (note) =>
            `<li id="note-${note.number}" value="${note.number}" class="rc-keep"><strong>${escapeHtml(note.place)}:</strong> ${escapeHtml(note.text)}</li>`,
        )
        .join('')}</ol></section>`
    : '';
  return [summary, factors, legendHtml(COMPARISON_LEGEND), concept, duties, notes].filter(Boolean).join('\n');
}

/** "Printed <date>", with the preparer and case number when the analyst gave them. */
export function preparedLine(report: Pick<ComparisonReport, 'generatedOn' | 'preparer' | 'caseNumber'>): string {
  return [
    report.caseNumber && `Case ${report.caseNumber}`,
    report.preparer && `Prepared by ${report.preparer}`,
    `Printed ${report.generatedOn}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function documentsHtml(report: ComparisonReport): string {
  if (report.provenance.length) return provenanceHtml(report.provenance, [report.corrected.a, report.corrected.b]);
  return `<table><thead><tr><th style="width:6%"></th><th>Title</th><th style="width:12%">Code</th><th style="width:10%">Grade</th><th>Employer</th></tr></thead>
<tbody><tr><th scope="row">A</th>${headerCellsHtml(report.a, report.corrected.a)}</tr><tr><th scope="row">B</th>${headerCellsHtml(report.b, report.corrected.b)}</tr></tbody></table>`;
}

/** The side-by-side printout as a standalone HTML document; every piece of document text is escaped. */
export function renderComparisonHtml(report: ComparisonReport): string {
  const running = `${displayTitle(report.a, 'Class A')} vs ${displayTitle(report.b, 'Class B')}`;
  return documentHtml(report.name, running, report.generatedOn, bodyHtml(report), preparedLine(report));
}
