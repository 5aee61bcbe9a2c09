import { useEffect } from 'react';
import { haveSeedsBeenImported, markSeedsImported } from '../db';
import type { ImportController } from '../services';

let hasStarted = false;

/**
 * Imports the sample specs on the very first start only: the flag is set once that import
 * finished, so a reload never re-adds them and specs the analyst deleted stay deleted.
 */
export function useFirstStartSeeds(imports: ImportController, isWritable: boolean): void {
  useEffect(() => {
    if (hasStarted || !isWritable) return;
    hasStarted = true;
    void (async () => {
      if (await haveSeedsBeenImported()) return;
      const { importId } = await imports.importSeeds();
      const result = await imports.whenFinished(importId);
      if (!result.isCancelled) await markSeedsImported();
    })();
  }, [imports, isWritable]);
}
