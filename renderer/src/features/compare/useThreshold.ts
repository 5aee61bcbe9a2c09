import { useCallback, useState } from 'react';

export const THRESHOLDS = [0.7, 0.75, 0.8] as const;
const STORAGE_KEY = 'reclass.compare.threshold';

function readStored(): number {
  const stored = Number(window.localStorage.getItem(STORAGE_KEY));
  return (THRESHOLDS as readonly number[]).includes(stored) ? stored : THRESHOLDS[0];
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
