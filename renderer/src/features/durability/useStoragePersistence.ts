import { useEffect, useState } from 'react';
import { requestPersistentStorage } from '../../db';

export type PersistenceState = 'asking' | 'granted' | 'not-granted' | 'unsupported';

/** Asks the browser (or the desktop shell) to keep the library's storage under disk pressure. */
export function useStoragePersistence(isWritable: boolean): PersistenceState {
  const [state, setState] = useState<PersistenceState>('asking');
  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return setState('unsupported');
    // A read-only library stores nothing, not even the flag that persistence was asked for.
    const ask = isWritable ? requestPersistentStorage(storage) : storage.persisted();
    let isCurrent = true;
    ask.then(
      (granted) => isCurrent && setState(granted ? 'granted' : 'not-granted'),
      () => isCurrent && setState('not-granted'),
    );
    return () => {
      isCurrent = false;
    };
  }, [isWritable]);
  return state;
}
