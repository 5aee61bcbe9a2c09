import type { Coverage, SpecHeader } from '../../../../shared/compare';
import { formatPercent, VERDICT_TEXT } from '../../../../shared/report';
import { THRESHOLDS } from './useThreshold';

type CompareHeaderProps = Readonly<{
  a: SpecHeader;
  b: SpecHeader;
  coverage: Coverage;
  onThresholdChange: (threshold: number) => void;
}>;

const VERDICT_ICON = { match: '✔', partial: '◐', 'no-match': '✖' } as const;

function ClassCard({ side, header }: Readonly<{ side: 'A' | 'B'; header: SpecHeader }>) {
  return (
    <div className="class-card">
      <p className="class-card__side">Class {side}</p>
      <h2 className="class-card__title">{header.title ?? 'Untitled class'}</h2>
      <dl className="class-card__facts">
        <dt>Code</dt><dd>{header.code ?? '—'}</dd>
        <dt>Grade</dt><dd>{header.grade ?? '—'}</dd>
        <dt>Employer</dt><dd>{header.jurisdiction ?? '—'}</dd>
      </dl>
    </div>
  );
}

/** Both classes, duty coverage in both directions and the verdict at the chosen threshold. */
export function CompareHeader({ a, b, coverage, onThresholdChange }: CompareHeaderProps) {
  return (
    <section className="compare-header" aria-label="Classes and coverage">
      <ClassCard side="A" header={a} />
      <div className="coverage" aria-label="Coverage">
        <p className={`verdict verdict--${coverage.verdict}`} role="status">
          <span aria-hidden="true">{VERDICT_ICON[coverage.verdict]} </span>
          {VERDICT_TEXT[coverage.verdict]}
        </p>
        <dl className="coverage__figures">
          <dt>A's duties found in B</dt>
          <dd data-testid="coverage-a-in-b">{formatPercent(coverage.aInB)}</dd>
          <dt>B's duties found in A</dt>
          <dd data-testid="coverage-b-in-a">{formatPercent(coverage.bInA)}</dd>
          {(coverage.otherAInB !== null || coverage.otherBInA !== null) && (
            <>
              <dt>Other duties (A / B)</dt>
              <dd>{formatPercent(coverage.otherAInB)} / {formatPercent(coverage.otherBInA)}</dd>
            </>
          )}
        </dl>
        <label className="coverage__threshold">
          Match threshold{' '}
          <select value={coverage.threshold} onChange={(event) => onThresholdChange(Number(event.target.value))}>
            {THRESHOLDS.map((threshold) => (
              <option key={threshold} value={threshold}>{formatPercent(threshold)}</option>
            ))}
          </select>
        </label>
      </div>
      <ClassCard side="B" header={b} />
    </section>
  );
}
