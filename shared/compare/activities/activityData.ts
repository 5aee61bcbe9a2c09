/**
 * The shipped O*NET work-activity data (shared/compare/activities/onetActivities.json): the
 * Detailed Work Activity titles, and task statements of the development half of O*NET's
 * occupations with the activities O*NET analysts linked each one to. CC BY 4.0, USDOL/ETA:
 * see NOTICE.md beside it.
 */
export type ActivityData = Readonly<{
  source: string;
  /** [O*NET DWA id, title]; a task's activities are indices into this list. */
  dwas: readonly (readonly [string, string])[];
  /** [SOC code, occupation title, [task statement, activity indices][]]. */
  occupations: readonly (readonly [string, string, readonly (readonly [string, readonly number[]])[]])[];
}>;

/** One task statement with its linked activities. */
export type LinkedTask = Readonly<{ text: string; activities: readonly number[] }>;

/** Every task statement of the given occupations (all when `keep` is omitted). */
export function linkedTasksOf(data: ActivityData, keep?: (soc: string) => boolean): LinkedTask[] {
  const tasks: LinkedTask[] = [];
  for (const [soc, , list] of data.occupations) {
    if (keep && !keep(soc)) continue;
    for (const [text, activities] of list) tasks.push({ text, activities });
  }
  return tasks;
}
