import type { SearchHit } from '../../../../shared/search';
import type { SpecSummary } from '../../db';
import { titleKey } from '../../../../shared/library/classIdentity';

export type LibraryFilter = Readonly<{
  /** Exact employer; '' means any. */
  employer: string;
  gradeMin: number | null;
  gradeMax: number | null;
  /** A `FamilyGroup.key`; '' means any. */
  familyKey: string;
}>;

export const NO_FILTER: LibraryFilter = { employer: '', gradeMin: null, gradeMax: null, familyKey: '' };

/** A job family as printed in the specs: the list of class titles that make up one series. */
export type FamilyGroup = Readonly<{ key: string; label: string; titles: ReadonlySet<string> }>;

export function familyKeyOf(family: readonly string[]): string {
  return family.map(titleKey).join('|');
}

/** Every distinct job family printed in the library, labelled by its first and last class. */
export function collectFamilies(classes: readonly SpecSummary[]): FamilyGroup[] {
  const groups = new Map<string, FamilyGroup>();
  for (const summary of classes) {
    if (summary.family.length === 0) continue;
    const key = familyKeyOf(summary.family);
    if (groups.has(key)) continue;
    const first = summary.family[0] ?? '';
    const last = summary.family.at(-1) ?? '';
    const label = summary.family.length > 1 ? `${first} … ${last} (${summary.family.length} classes)` : first;
    groups.set(key, { key, label, titles: new Set(summary.family.map(titleKey)) });
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export function collectEmployers(classes: readonly SpecSummary[]): string[] {
  return [...new Set(classes.map((summary) => summary.employer))].sort((a, b) => a.localeCompare(b));
}

function isInFamily(summary: SpecSummary, group: FamilyGroup): boolean {
  return familyKeyOf(summary.family) === group.key || group.titles.has(titleKey(summary.title));
}

function isInGradeRange(summary: SpecSummary, filter: LibraryFilter): boolean {
  if (filter.gradeMin === null && filter.gradeMax === null) return true;
  const grade = summary.gradeNumber;
  if (grade === null) return false;
  return (
    (filter.gradeMin === null || grade >= filter.gradeMin) && (filter.gradeMax === null || grade <= filter.gradeMax)
  );
}

/**
 * The classes the list shows: those passing every filter; with a search, only the hits, best first.
 * `hits` is null when there is no search text.
 */
export function filterClasses(
  classes: readonly SpecSummary[],
  filter: LibraryFilter,
  families: readonly FamilyGroup[],
  hits: readonly SearchHit[] | null,
): SpecSummary[] {
  const group = filter.familyKey ? families.find((family) => family.key === filter.familyKey) : undefined;
  const passes = (summary: SpecSummary): boolean =>
    (!filter.employer || summary.employer === filter.employer) &&
    isInGradeRange(summary, filter) &&
    (!filter.familyKey || (group !== undefined && isInFamily(summary, group)));
  if (!hits) return classes.filter(passes);
  const byId = new Map(classes.map((summary) => [summary.id, summary]));
  return hits.flatMap((hit) => {
    const summary = byId.get(hit.id);
    return summary && passes(summary) ? [summary] : [];
  });
}
