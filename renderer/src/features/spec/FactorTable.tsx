import { FACTOR_NAMES, levelText } from '../../../../shared/report';
import type { ClassSpec, FactorKey } from '../../../../shared/model';

type FactorTableProps = Readonly<{ spec: ClassSpec }>;

/** Each factor the spec states: the level read from it (n of the scale) and the statement as printed. */
export function FactorTable({ spec }: FactorTableProps) {
  const keys = (Object.keys(FACTOR_NAMES) as FactorKey[]).filter(
    (key) => spec.factors[key] ?? spec.factorStatements[key],
  );
  if (keys.length === 0) return <p>No factor statements were found in this document.</p>;
  return (
    <table className="factor-table">
      <caption>Factor levels</caption>
      <thead>
        <tr>
          <th scope="col">Factor</th>
          <th scope="col">Level</th>
          <th scope="col">Reading</th>
          <th scope="col">Statement</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const reading = spec.factors[key];
          const statement = spec.factorStatements[key];
          return (
            <tr key={key}>
              <th scope="row">{FACTOR_NAMES[key]}</th>
              <td>{reading ? levelText(reading.level, reading.scaleSize, reading.label, reading.basis) : '–'}</td>
              <td>{reading?.label ?? 'Not rated'}</td>
              <td>{statement?.text ?? reading?.text ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
