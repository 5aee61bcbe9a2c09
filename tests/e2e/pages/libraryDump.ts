import type { Page } from '@playwright/test';

export type LibraryDump = Readonly<{ version: number; tables: Record<string, unknown[]> }>;

/** Every row of every table of the app's IndexedDB library, read raw (no app code, no upgrade). */
export function dumpLibrary(page: Page): Promise<LibraryDump> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('reclass');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const names = Array.from(database.objectStoreNames).sort();
    const tables: Record<string, unknown[]> = {};
    for (const name of names) {
      tables[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    }
    const version = database.version;
    database.close();
    return { version, tables };
  });
}

export const rowCount = (dump: LibraryDump): number =>
  Object.values(dump.tables).reduce((sum, rows) => sum + rows.length, 0);
