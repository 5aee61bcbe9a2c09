import type { CorrectableField } from '../../../../shared/corrections';
import { routeToHash } from '../../routing';
import type { CorrectedStoredSpec, SpecSummary } from '../../db';
import { CorrectedMark } from '../../components';

type SpecHeaderProps = Readonly<{ stored: CorrectedStoredSpec; versions: readonly SpecSummary[] }>;

const FLSA_TEXT = { exempt: 'Exempt', 'non-exempt': 'Non-exempt' } as const;

export function SpecHeader({ stored, versions }: SpecHeaderProps) {
  const { spec } = stored;
  const fields: readonly (readonly [string, string | null, CorrectableField?])[] = [
    ['Code', spec.code, 'code'],
    ['Grade', spec.grade, 'grade'],
    ['Salary range', spec.salaryRange, 'salaryRange'],
    ['Jurisdiction', spec.jurisdiction, 'jurisdiction'],
    ['FLSA', spec.flsa ? FLSA_TEXT[spec.flsa] : null],
    ['Effective', spec.effectiveDate, 'effectiveDate'],
    ['Revised', spec.revisedDate, 'revisedDate'],
    ['Source file', stored.sourceName],
    ['Imported', new Date(stored.importedAt).toLocaleString()],
  ];
  const isCorrected = (field: CorrectableField | undefined): boolean =>
    field !== undefined && spec.correctedFields.includes(field);
  const others = versions.filter((version) => version.id !== stored.id);
  const isLatest = versions.some((version) => version.id === stored.id && version.isLatest === 1);
  return (
    <header className="spec-header">
      <h1>
        {stored.title}
        {isCorrected('title') && (
          <>
            {' '}
            <CorrectedMark />
          </>
        )}
      </h1>
      <dl className="spec-header__fields">
        {fields
          .filter((field): field is readonly [string, string, CorrectableField?] => Boolean(field[1]))
          .map(([name, value, field]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                {value}
                {isCorrected(field) && (
                  <>
                    {' '}
                    <CorrectedMark />
                  </>
                )}
              </dd>
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
