import { escapeHtml } from './escapeHtml';
import { documentHtml } from './htmlParts';
import { levelText } from './labels';
import type { SeriesFactorCell, SeriesReport } from './seriesReport';

function cellHtml(cell: SeriesFactorCell | null): string {
  if (!cell) return '<td class="rc-muted">not stated</td>';
  const flags = cell.flags.map((flag) => `<div class="rc-flag">${escapeHtml(flag)}</div>`).join('');
  return `<td class="rc-heat-${cell.heat}"><strong>${escapeHtml(levelText(cell.level, cell.scaleSize, cell.label, cell.basis))}</strong>${flags}</td>`;
}

/** The class-series ladder as a standalone HTML page. */
export function renderSeriesHtml(report: SeriesReport): string {
  const headerCells = report.columns
    .map(
      (column) =>
        `<th>${escapeHtml(column.title)}<br><span class="rc-muted">${escapeHtml([column.code, column.grade ? `grade ${column.grade}` : null].filter(Boolean).join(' · '))}</span></th>`,
    )
    .join('');
  const factorRows = report.factors
    .map((row) => `<tr><th scope="row">${escapeHtml(row.name)}</th>${row.cells.map(cellHtml).join('')}</tr>`)
    .join('');
  const dutyRows = report.duties
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.text)}</td>${row.cells.map((cell) => (cell === null ? '<td class="rc-muted">—</td>' : `<td>✓ duty ${cell + 1}</td>`)).join('')}</tr>`,
    )
    .join('');
  const findings = report.findings.length
    ? `<section aria-label="Findings"><h2>Findings</h2><ul>${report.findings.map((finding) => `<li>${escapeHtml(finding)}</li>`).join('')}</ul></section>`
    : '<p>No inversions or repeated factor statements.</p>';
  const body = `<h1>${escapeHtml(report.name)}</h1>
<p class="rc-muted">Printed ${escapeHtml(report.generatedOn)} · classes ordered by grade · shading darker for higher levels</p>
<section aria-label="Factors"><h2>Factors</h2><table><thead><tr><th style="width:14%">Factor</th>${headerCells}</tr></thead><tbody>${factorRows}</tbody></table></section>
${findings}
<section aria-label="Duties"><h2>Duties by class</h2><table><thead><tr><th style="width:34%">Duty</th>${headerCells}</tr></thead><tbody>${dutyRows}</tbody></table></section>`;
  return documentHtml(report.name, report.name, report.generatedOn, body);
}
