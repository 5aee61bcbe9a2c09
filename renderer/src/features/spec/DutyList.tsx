import type { ReactNode } from 'react';
import type { CorrectedDuty } from '../../../../shared/corrections';
import type { DutyCategory } from '../../../../shared/model';
import { CorrectedMark } from '../../components';
import { AnnotatedDuty } from '../annotations';

type DutyListProps = Readonly<{
  duties: readonly CorrectedDuty[];
  /** Controls shown with each duty; `next` is the duty after it in the same list. */
  renderActions?: (duty: CorrectedDuty, next: CorrectedDuty | undefined, label: string) => ReactNode;
}>;

const GROUPS: readonly Readonly<{ category: DutyCategory; heading: string; label: string }>[] = [
  { category: 'essential', heading: 'Essential duties', label: 'essential duty' },
  { category: 'other', heading: 'Other duties', label: 'other duty' },
];

/** Duties numbered as the analyst will cite them: essential first, then other. */
export function DutyList({ duties, renderActions }: DutyListProps) {
  if (duties.length === 0) return <p>No duty statements were found in this document.</p>;
  return (
    <>
      {GROUPS.map(({ category, heading, label }) => {
        const group = duties.filter((duty) => duty.category === category);
        if (group.length === 0) return null;
        return (
          <section key={category} aria-label={heading}>
            <h3>
              {heading} ({group.length})
            </h3>
            <ol className="duty-list">
              {group.map((duty, index) => (
                <li key={`${duty.span.start}-${index}`}>
                  <AnnotatedDuty duty={duty} />
                  {duty.percentTime !== undefined && (
                    <span className="duty-list__percent"> ({duty.percentTime}% of time)</span>
                  )}
                  {duty.correctionIds && (
                    <>
                      {' '}
                      <CorrectedMark />
                    </>
                  )}
                  {renderActions?.(duty, group[index + 1], `${label} ${index + 1}`)}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
