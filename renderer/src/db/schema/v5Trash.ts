import type { Dexie } from 'dexie';

/** v5: a Trash for deleted classes and versions, so their comparisons, notes, annotations and studies are never stranded. */
export function addTrashVersion(database: Dexie): void {
  // A new, empty table: nothing to move, so no upgrade function.
  database.version(5).stores({ trash: '++id, classKey, deletedAt' });
}
