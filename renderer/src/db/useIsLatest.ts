import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';

/** Whether a stored spec is the latest version of its class, read from its library summary (where isLatest is kept); undefined while loading. */
export function useIsLatest(id: string): boolean | undefined {
  return useLiveQuery(async () => (await db.summaries.get(id))?.isLatest === 1, [id]);
}
