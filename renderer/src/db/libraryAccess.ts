import { Dexie } from 'dexie';
import { exportLibrary, type LibraryBackup } from './backup/exportLibrary';
import type { AppDb } from './schema';

export type LibraryAccess =
  | Readonly<{ kind: 'read-write' }>
  | Readonly<{
      kind: 'read-only';
      installedVersion: number;
      supportedVersion: number;
      writtenByApp: string | null;
      message: string;
    }>;

const APP_VERSION_KEY = 'appVersion';

/** The schema version of an existing database without creating or upgrading anything; null when there is none. */
export function readInstalledSchemaVersion(factory: IDBFactory, name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    let isMissing = false;
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // Opening without a version only upgrades a database that does not exist yet: create nothing.
      isMissing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version / 10);
    };
    request.onerror = (event) => {
      if (!isMissing) return reject(request.error ?? new Error('IndexedDB open failed'));
      event.preventDefault();
      resolve(null);
    };
  });
}

export function readOnlyMessage(
  installed: number,
  supported: number,
  writtenByApp: string | null,
  appVersion: string,
): string {
  const writer = writtenByApp ? `Reclass ${writtenByApp}, library schema ${installed}` : `library schema ${installed}`;
  return (
    `This library was written by a newer version of Reclass (${writer}); this is Reclass ${appVersion}, which knows library schema ${supported}. ` +
    'It is open read-only: you can read, compare and print, but nothing will be saved or changed. Install the newer version to keep working on it.'
  );
}

/**
 * Runs before anything reads or writes the library: a database written by a newer app version
 * opens read-only (nothing is ever written to it); otherwise the app records its own version.
 */
export async function checkLibraryAccess(
  database: AppDb,
  appVersion: string,
  beforeUpgrade: (backup: LibraryBackup) => Promise<void> = () => Promise.resolve(),
  factory: IDBFactory = indexedDB,
): Promise<LibraryAccess> {
  const installedVersion = await readInstalledSchemaVersion(factory, database.name);
  const supportedVersion = database.verno;
  if (installedVersion !== null && installedVersion > supportedVersion) {
    database.gate.makeReadOnly(readOnlyMessage(installedVersion, supportedVersion, null, appVersion));
    const writtenByApp = await readWrittenBy(database);
    const message = readOnlyMessage(installedVersion, supportedVersion, writtenByApp, appVersion);
    database.gate.makeReadOnly(message);
    return { kind: 'read-only', installedVersion, supportedVersion, writtenByApp, message };
  }
  if (installedVersion !== null && installedVersion < supportedVersion)
    await beforeUpgrade(await exportInstalled(database.name, appVersion));
  await database.meta.put({ key: APP_VERSION_KEY, value: appVersion });
  return { kind: 'read-write' };
}

async function readWrittenBy(database: AppDb): Promise<string | null> {
  try {
    const value = (await database.meta.get(APP_VERSION_KEY))?.value;
    return typeof value === 'string' ? value : null;
  } catch {
    // A newer schema may have changed the meta table; the message then names the schema only.
    return null;
  }
}

/** A backup of the library as it is on disk, opened at its own (older) schema so nothing is upgraded yet. */
async function exportInstalled(name: string, appVersion: string): Promise<LibraryBackup> {
  const installed = new Dexie(name);
  try {
    await installed.open();
    return await exportLibrary(installed, appVersion);
  } finally {
    installed.close();
  }
}
