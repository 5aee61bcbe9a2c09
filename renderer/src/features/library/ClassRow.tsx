import { routeToHash, seriesRouteOf } from '../../routing';
import type { SpecSummary } from '../../db';
import { WarningsBadge } from './WarningsBadge';

type ClassRowProps = Readonly<{
  summary: SpecSummary;
  index: number;
  isSelected: boolean;
  onSelect: (index: number) => void;
}>;

export function ClassRow({ summary, index, isSelected, onSelect }: ClassRowProps) {
  const { id, title, code, grade, employer, sourceName, family, warnings } = summary;
  // Roving focus: only the selected row is in the Tab order; arrow keys move between rows.
  const linkTabIndex = isSelected ? 0 : -1;
  return (
    <div
      className={isSelected ? 'class-row class-row--selected' : 'class-row'}
      aria-current={isSelected ? 'true' : undefined}
      onFocus={() => onSelect(index)}
      onClick={() => onSelect(index)}
    >
      <div className="class-row__main">
        <a className="class-row__title" href={routeToHash({ name: 'spec', specId: id })} tabIndex={linkTabIndex}>
          {title}
        </a>
        {code && <span className="class-row__meta">Code {code}</span>}
        {grade && <span className="class-row__meta">Grade {grade}</span>}
        <WarningsBadge warnings={warnings} />
      </div>
      <div className="class-row__details">
        <span className="class-row__source">
          {employer || 'Employer not stated'} · {sourceName}
        </span>
        <span className="class-row__actions">
          <a href={routeToHash({ name: 'compare', a: id })} tabIndex={linkTabIndex}>
            Compare with…<span className="visually-hidden"> ({title})</span>
          </a>
          <a href={routeToHash({ name: 'bestfit', specId: id })} tabIndex={linkTabIndex}>
            Find best-fitting classes<span className="visually-hidden"> ({title})</span>
          </a>
          <a href={routeToHash(seriesRouteOf(family, id))} tabIndex={linkTabIndex}>
            Series<span className="visually-hidden"> ({title})</span>
          </a>
        </span>
      </div>
    </div>
  );
}
