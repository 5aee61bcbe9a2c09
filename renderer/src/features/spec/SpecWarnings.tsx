import type { SpecWarning } from '../../../../shared/model';

type SpecWarningsProps = Readonly<{ warnings: readonly SpecWarning[] }>;

export function SpecWarnings({ warnings }: SpecWarningsProps) {
  if (warnings.length === 0) return <p>The parser read everything it expected.</p>;
  return (
    <ul className="spec-warnings">
      {warnings.map((warning, index) => (
        <li key={`${warning.code}-${index}`}>{warning.message}</li>
      ))}
    </ul>
  );
}
