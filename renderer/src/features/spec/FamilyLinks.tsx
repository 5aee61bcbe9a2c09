import { useMemo } from 'react';
import { routeToHash } from '../../routing';
import { useLibrarySpecs } from '../../db';
import { titleKey } from '../../../../shared/library/classIdentity';

type FamilyLinksProps = Readonly<{ family: readonly string[]; currentTitle: string; employer: string }>;

/** The job family as printed; each title that is a class in the library links to it. */
export function FamilyLinks({ family, currentTitle, employer }: FamilyLinksProps) {
  const classes = useLibrarySpecs();
  const idByTitle = useMemo(() => {
    const map = new Map<string, string>();
    // The same title can exist at several employers: prefer this spec's employer.
    const ordered = [...(classes ?? [])].sort(
      (a, b) => Number(b.employer === employer) - Number(a.employer === employer),
    );
    for (const summary of ordered) if (!map.has(titleKey(summary.title))) map.set(titleKey(summary.title), summary.id);
    return map;
  }, [classes, employer]);
  if (family.length === 0) return <p>No job family is listed.</p>;
  return (
    <ul className="family-links">
      {family.map((title, index) => {
        const id = idByTitle.get(titleKey(title));
        const isCurrent = titleKey(title) === titleKey(currentTitle);
        return (
          <li key={`${title}-${index}`}>
            {id && !isCurrent ? (
              <a href={routeToHash({ name: 'spec', specId: id })}>{title}</a>
            ) : (
              <span aria-current={isCurrent ? 'true' : undefined}>
                {title}
                {!id && !isCurrent ? ' (not in the library)' : ''}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
