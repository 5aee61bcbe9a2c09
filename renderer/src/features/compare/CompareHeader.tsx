import type { Coverage, SpecHeader } from '../../../../shared/compare';
import { formatPercent, VERDICT_TEXT } from '../../../../shared/report';
import { CorrectedMark } from '../../components';
import { useIsLatest, type StoredSpec } from '../../db';
import { THRESHOLDS } from './useThreshold';

type CompareHeaderProps = Readonly<{
  a: SpecHeader;
  b: SpecHeader;
  /** Whether the analyst corrected each class's record. */
  corrected: Readonly<{ a: boolean; b: boolean }>;
  /** Which stored version each side is, so an older version is never mistaken for the current one. */
  aVersion: StoredSpec;
  bVersion: StoredSpec;
  coverage: Coverage;
  onThresholdChange: (threshold: number) => void;
}>;

function versionText(stored: StoredSpec, isLatest: boolean): string {
  return isLatest ? `${stored.version} (latest)` : `${stored.version} (older version)`;
}

const VERDICT_ICON = { match: '✔', partial: '◐', 'no-match': '✖' } as const;

function ClassCard({
  side,
  header,
  stored,
  isCorrected,
}: Readonly<{ side: 'A' | 'B'; header: SpecHeader; stored: StoredSpec; isCorrected: boolean }>) {
  // Until the summary is read, say nothing rather than flash "older version".
  const isLatest = useIsLatest(stored.id) ?? true;
  return (
    <div className="class-card">
      <p className="class-card__side">
        Class {side}
        {isLatest ? '' : ` · older version ${stored.version}`}
      </p>
      <h2 className="class-card__title">{header.title ?? 'Untitled class'}</h2>
      {isCorrected && <CorrectedMark />}
      <dl className="class-card__facts">
        <dt>Code</dt>
        <dd>{header.code ?? '—'}</dd>
        <dt>Grade</dt>
        <dd>{header.grade ?? '—'}</dd>
        <dt>Employer</dt>
        <dd>{header.jurisdiction ?? (stored.employer || '—')}</dd>
        <dt>Version</dt>
        <dd>{versionText(stored, isLatest)}</dd>
        {stored.spec.effectiveDate && (
          <>
            <dt>Effective</dt>
            <dd>{stored.spec.effectiveDate}</dd>
          </>
        )}
        {stored.spec.revisedDate && (
          <>
            <dt>Revised</dt>
            <dd>{stored.spec.revisedDate}</dd>
          </>
        )}
        <dt>Imported</dt>
        <dd>{new Date(stored.importedAt).toLocaleDateString()}</dd>
      </dl>
    </div>
  );
}

/** Both classes, duty coverage in both directions and the verdict at the chosen threshold. */
export function CompareHeader({
  a,
  b,
  aVersion,
  bVersion,
  corrected,
  coverage,
  onThresholdChange,
}: CompareHeaderProps) {
  return (
    <section className="compare-header" aria-label="Classes and coverage">
      <ClassCard side="A" header={a} stored={aVersion} isCorrected={corrected.a} />
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
              <dd>
                {formatPercent(coverage.otherAInB)} / {formatPercent(coverage.otherBInA)}
              </dd>
            </>
          )}
        </dl>
        <label className="coverage__threshold">
          Match threshold{' '}
          <select value={coverage.threshold} onChange={(event) => onThresholdChange(Number(event.target.value))}>
            {THRESHOLDS.map((threshold) => (
              <option key={threshold} value={threshold}>
                {formatPercent(threshold)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ClassCard side="B" header={b} stored={bVersion} isCorrected={corrected.b} />
    </section>
  );
}
