import { useCallback, useState } from 'react';
import { DEFAULT_MATCH_THRESHOLD, MATCH_THRESHOLD_MIN, MATCH_THRESHOLD_STEP } from '../../../../shared/compare';

/** 50% to 100% in steps of 5. */
export const THRESHOLDS: readonly number[] = Array.from(
  { length: Math.round((1 - MATCH_THRESHOLD_MIN) / MATCH_THRESHOLD_STEP) + 1 },
  (_, step) => Math.round((MATCH_THRESHOLD_MIN + step * MATCH_THRESHOLD_STEP) * 100) / 100,
);
const STORAGE_KEY = 'reclass.compare.threshold';

function readStored(): number {
  const stored = Number(window.localStorage.getItem(STORAGE_KEY));
  return THRESHOLDS.includes(stored) ? stored : DEFAULT_MATCH_THRESHOLD;
}

/** The coverage threshold for match verdicts, remembered across sessions. */
export function useThreshold(): readonly [number, (threshold: number) => void] {
  const [threshold, setThreshold] = useState(readStored);
  const update = useCallback((next: number) => {
    setThreshold(next);
    window.localStorage.setItem(STORAGE_KEY, String(next));
  }, []);
  return [threshold, update] as const;
}
