import { useEffect, useState } from 'react';
import { loadActivityModel, type ActivityModel } from '../../../shared/compare';

export type ActivityModelState = Readonly<{ model: ActivityModel | null; error: string | null }>;

/**
 * The work-activity model duty matching uses, loaded on first need (it is a separate chunk, so
 * start-up does not pay for it). Until it is ready `model` is null; a failed load is reported,
 * and matching then falls back to words alone.
 */
export function useActivityModel(): ActivityModelState {
  const [state, setState] = useState<ActivityModelState>({ model: null, error: null });
  useEffect(() => {
    let live = true;
    loadActivityModel().then(
      (model) => live && setState({ model, error: null }),
      (error: unknown) =>
        live && setState({ model: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
