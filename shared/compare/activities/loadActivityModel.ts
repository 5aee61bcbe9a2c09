import type { ActivityData } from './activityData';
import { linkedTasksOf } from './activityData';
import { buildActivityModelFromData, type ActivityModel } from './activityModel';

let loading: Promise<ActivityModel> | null = null;

/**
 * The work-activity model from the shipped O*NET data, loaded on first use (the data is a
 * separate chunk, so start-up does not pay for it) and built once.
 */
export function loadActivityModel(): Promise<ActivityModel> {
  loading ??= import('./onetActivities.json').then((module) => {
    const data = (module as unknown as { default: ActivityData }).default;
    return buildActivityModelFromData(data, linkedTasksOf(data));
  });
  return loading;
}
