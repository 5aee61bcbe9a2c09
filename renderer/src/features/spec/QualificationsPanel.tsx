import type { Qualifications } from '../../../../shared/model';
import { EDUCATION_LABELS } from './sectionLabels';

type QualificationsPanelProps = Readonly<{ qualifications: Qualifications }>;

export function QualificationsPanel({ qualifications }: QualificationsPanelProps) {
  const { education, experienceYears, substitutions, licenses } = qualifications;
  return (
    <dl className="qualifications">
      <div>
        <dt>Education</dt>
        <dd>{education ? EDUCATION_LABELS[education] : 'Not stated'}</dd>
      </div>
      <div>
        <dt>Experience</dt>
        <dd>
          {experienceYears === null ? 'Not stated' : `${experienceYears} year${experienceYears === 1 ? '' : 's'}`}
        </dd>
      </div>
      <div>
        <dt>Substitutions</dt>
        <dd>
          {substitutions.length === 0 ? (
            'None stated'
          ) : (
            <ul>
              {substitutions.map((item, index) => (
                <li key={index}>{item.value}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>Licenses and certificates</dt>
        <dd>
          {licenses.length === 0 ? (
            'None stated'
          ) : (
            <ul>
              {licenses.map((item, index) => (
                <li key={index}>{item.value}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
