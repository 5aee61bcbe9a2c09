import { routeToHash } from '../../routing';
import type { SpecSummary, StoredSpec } from '../../db';

type SpecHeaderProps = Readonly<{ stored: StoredSpec; versions: readonly SpecSummary[] }>;

const FLSA_TEXT = { exempt: 'Exempt', 'non-exempt': 'Non-exempt' } as const;

export function SpecHeader({ stored, versions }: SpecHeaderProps) {
  const { spec } = stored;
  const fields: readonly (readonly [string, string | null])[] = [
    ['Code', spec.code],
    ['Grade', spec.grade],
    ['Salary range', spec.salaryRange],
    ['Jurisdiction', spec.jurisdiction],
    ['FLSA', spec.flsa ? FLSA_TEXT[spec.flsa] : null],
    ['Effective', spec.effectiveDate],
    ['Revised', spec.revisedDate],
    ['Source file', stored.sourceName],
    ['Imported', new Date(stored.importedAt).toLocaleString()],
  ];
  const others = versions.filter((version) => version.id !== stored.id);
  const isLatest = versions.some((version) => version.id === stored.id && version.isLatest === 1);
  return (
    <header className="spec-header">
      <h1>{stored.title}</h1>
      <dl className="spec-header__fields">
        {fields
          .filter((field): field is readonly [string, string] => Boolean(field[1]))
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div>
          <dt>Version</dt>
          <dd>
            {stored.version} of {Math.max(versions.length, 1)}
            {isLatest ? ' (latest)' : ''}
          </dd>
        </div>
      </dl>
      {others.length > 0 && (
        <nav aria-label="Other versions">
          <span>Other versions: </span>
          {others.map((version) => (
            <a key={version.id} href={routeToHash({ name: 'spec', specId: version.id })}>
              Version {version.version} ({new Date(version.importedAt).toLocaleDateString()}, {version.sourceName})
            </a>
          ))}
        </nav>
      )}
    </header>
  );
}
