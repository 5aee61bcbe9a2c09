import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { TrashRow } from './trashTypes';

/** The Trash, most recently deleted first; undefined while loading. */
export function useTrash(): readonly TrashRow[] | undefined {
  return useLiveQuery(() => db.trash.orderBy('deletedAt').reverse().toArray(), []);
}
