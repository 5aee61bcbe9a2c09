import type { SpecSummary } from '../../db';
import { familyKeyOf, type FamilyGroup } from '../library';
import { titleKey } from '../../../../shared/library/classIdentity';

/**
 * Classes of one printed job family: those that print the same family list, plus classes whose title is in the list
 * at an employer that prints it (so another employer's class with the same title stays out).
 */
export function familyMembers(summaries: readonly SpecSummary[], family: FamilyGroup): SpecSummary[] {
  const printing = summaries.filter((summary) => familyKeyOf(summary.family) === family.key);
  const employers = new Set(printing.map((summary) => summary.employer));
  return summaries.filter(
    (summary) =>
      familyKeyOf(summary.family) === family.key ||
      (employers.has(summary.employer) && family.titles.has(titleKey(summary.title))),
  );
}

/**
 * The family a #/series?family= link names: its key, or — as the library and spec links write
 * it — a title the family lists (its first title preferred when several families list it).
 */
export function findFamily(families: readonly FamilyGroup[], wanted: string | undefined): FamilyGroup | undefined {
  if (wanted === undefined) return undefined;
  const title = titleKey(wanted);
  return (
    families.find((group) => group.key === wanted) ??
    families.find((group) => group.key.split('|')[0] === title) ??
    families.find((group) => group.titles.has(title))
  );
}
