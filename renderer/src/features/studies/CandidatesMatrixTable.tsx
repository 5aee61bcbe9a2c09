import { FACTOR_NAMES, formatPercent, levelText, VERDICT_TEXT } from '../../../../shared/report';
import type { CandidatesMatrix, MatrixFactorCell } from '../../../../shared/study';
import { type StudyRow } from '../../db';

type CandidatesMatrixTableProps = Readonly<{
  matrix: CandidatesMatrix;
  study: StudyRow;
}>;

function cellText(cell: MatrixFactorCell | undefined): string {
  if (!cell || cell.level === null || cell.scaleSize === null) return 'not stated';
  const delta =
    cell.delta === null
      ? ''
      : cell.delta === 0
        ? ' (= position)'
        : cell.delta > 0
          ? ` (▲ ${cell.delta} above position)`
          : ` (▼ ${-cell.delta} below position)`;
  return `${levelText(cell.level, cell.scaleSize)}${delta}`;
}

/** One column per candidate: coverage both ways, verdict, the position's work left out, each factor against the position's. */
export function CandidatesMatrixTable({ matrix, study }: CandidatesMatrixTableProps) {
  if (matrix.columns.length === 0) return <p className="muted">No candidate classes yet.</p>;
  const role = (specId: string): string =>
    [
      specId === study.currentClassId && 'current',
      specId === study.requestedClassId && 'requested',
      specId === matrix.bestFitId && 'best fit',
    ]
      .filter(Boolean)
      .join(', ');
  return (
    <div className="table-scroll">
      <table className="compare-table study-matrix" aria-label="Candidates matrix">
        <caption>
          Position against each candidate class
          {matrix.weightedByTime ? ' (coverage weighed by percent of time)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {matrix.columns.map((column) => (
              <th
                scope="col"
                key={column.specId}
                className={column.specId === matrix.bestFitId ? 'best-fit' : undefined}
              >
                {column.title ?? 'Untitled'}
                {role(column.specId) && <div className="muted">{role(column.specId)}</div>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Position’s {matrix.weightedByTime ? 'time' : 'duties'} found in class</th>
            {matrix.columns.map((column) => (
              <td key={column.specId}>{formatPercent(column.positionInClass)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Class duties the position performs</th>
            {matrix.columns.map((column) => (
              <td key={column.specId}>{formatPercent(column.classInPosition)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Verdict</th>
            {matrix.columns.map((column) => (
              <td key={column.specId}>{VERDICT_TEXT[column.verdict]}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Position duties not in class</th>
            {matrix.columns.map((column) => (
              <td key={column.specId}>
                {column.unmatchedDuties.length
                  ? column.unmatchedDuties.map((index) => `#${index + 1}`).join(', ')
                  : 'none'}
                {column.unmatchedTime !== null && column.unmatchedDuties.length > 0
                  ? ` (${column.unmatchedTime}% of time)`
                  : ''}
              </td>
            ))}
          </tr>
          {matrix.factorKeys.map((key) => {
            const own = matrix.subjectFactors[key];
            return (
              <tr key={key}>
                <th scope="row">
                  {FACTOR_NAMES[key]}
                  <div className="muted">
                    position: {own ? `${levelText(own.level, own.scaleSize)} (${own.label})` : 'not stated'}
                  </div>
                </th>
                {matrix.columns.map((column) => (
                  <td key={column.specId}>{cellText(column.factors[key])}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
