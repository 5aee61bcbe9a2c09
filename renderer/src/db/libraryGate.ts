import type { DBCore, DexieOptions, Middleware } from 'dexie';
import { ReadOnlyLibraryError } from './storageError';

/**
 * Holds whether the library may be written. Once read-only (a newer app version wrote the
 * database), every write is refused and the database is only ever opened at the version it
 * has, so Dexie can neither upgrade nor "patch" a schema it does not know.
 */
export class LibraryGate {
  private reason: string | null = null;
  private readonly changeListeners = new Set<() => void>();

  /** Calls `listener` after every successful write (e.g. to know the library changed since the last backup). */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  get readOnlyReason(): string | null {
    return this.reason;
  }

  makeReadOnly(reason: string): void {
    this.reason = reason;
  }

  /** Throws when writes are refused. */
  assertWritable(): void {
    if (this.reason !== null) throw new ReadOnlyLibraryError(this.reason);
  }

  /** The IndexedDB factory Dexie uses: while read-only, it opens without a version (no upgrade) and deletes nothing. */
  dexieOptions(): DexieOptions {
    const factory = globalThis.indexedDB as IDBFactory | undefined;
    if (!factory) return {};
    const guarded: IDBFactory = {
      open: (name, version) =>
        this.reason !== null || version === undefined ? factory.open(name) : factory.open(name, version),
      deleteDatabase: (name) => {
        this.assertWritable();
        return factory.deleteDatabase(name);
      },
      cmp: (first, second) => factory.cmp(first, second),
      databases: () => factory.databases(),
    };
    return { indexedDB: guarded, IDBKeyRange: globalThis.IDBKeyRange };
  }

  /** Dexie middleware that refuses every add, put and delete while read-only. */
  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'readOnlyLibrary',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: async (request) => {
              if (this.reason !== null) throw new ReadOnlyLibraryError(this.reason);
              const response = await table.mutate(request);
              for (const listener of this.changeListeners) listener();
              return response;
            },
          };
        },
      }),
    };
  }
}
