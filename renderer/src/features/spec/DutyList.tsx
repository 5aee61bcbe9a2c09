import type { Duty, DutyCategory } from '../../../../shared/model';

type DutyListProps = Readonly<{ duties: readonly Duty[] }>;

const GROUPS: readonly Readonly<{ category: DutyCategory; heading: string }>[] = [
  { category: 'essential', heading: 'Essential duties' },
  { category: 'other', heading: 'Other duties' },
];

/** Duties numbered as the analyst will cite them: essential first, then other. */
export function DutyList({ duties }: DutyListProps) {
  if (duties.length === 0) return <p>No duty statements were found in this document.</p>;
  return (
    <>
      {GROUPS.map(({ category, heading }) => {
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
                  {duty.text}
                  {duty.percentTime !== undefined && <span className="duty-list__percent"> ({duty.percentTime}% of time)</span>}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
