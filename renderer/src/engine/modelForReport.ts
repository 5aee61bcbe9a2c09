import { loadActivityModel, type ActivityModel } from '../../../shared/compare';

/**
 * The work-activity model a printed or saved report is computed with: awaited, so a report made
 * while the model is still loading matches the one made a moment later (what the screen shows
 * once loaded). Null only when the model cannot load; the screens then say words alone are used.
 */
export async function modelForReport(): Promise<ActivityModel | null> {
  try {
    return await loadActivityModel();
  } catch {
    return null;
  }
}
