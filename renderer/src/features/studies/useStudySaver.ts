import { useCallback, useState } from 'react';
import type { Study } from '../../../../shared/study';
import { saveStudy } from '../../db';

export type SaveState = Readonly<{
  kind: 'idle' | 'saving' | 'saved' | 'failed';
  message: string;
}>;

/** Stores a changed study and tells the analyst whether it was kept (a failed write is shown, never swallowed). */
export function useStudySaver(studyId: number): Readonly<{
  state: SaveState;
  save: (study: Study, what: string) => Promise<boolean>;
}> {
  const [state, setState] = useState<SaveState>({ kind: 'idle', message: '' });
  const save = useCallback(
    async (study: Study, what: string): Promise<boolean> => {
      setState({ kind: 'saving', message: `Saving ${what}…` });
      const result = await saveStudy(studyId, study, Date.now());
      setState(result.ok ? { kind: 'saved', message: `Saved ${what}.` } : { kind: 'failed', message: result.message });
      return result.ok;
    },
    [studyId],
  );
  return { state, save };
}
