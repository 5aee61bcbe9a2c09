import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AutomaticBackupInfo } from '../../../../shared/ipc/contract';
import { exportLibrary } from '../../../../renderer/src/db/backup/exportLibrary';
import { db } from '../../../../renderer/src/db/db';
import { AutomaticBackupsPanel } from '../../../../renderer/src/features/durability/AutomaticBackupsPanel';
import { DataView } from '../../../../renderer/src/features/durability/DataView';
import type { AutomaticBackups, Host } from '../../../../renderer/src/platform';
import { AppServicesContext, PrintoutRegistry } from '../../../../renderer/src/services';
import type { ImportController } from '../../../../renderer/src/services/importController';
import { dumpTables, fillLibrary } from '../../db/backup/libraryFixture';

afterEach(async () => {
  cleanup();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
});

const DAY = 24 * 3_600_000;

function folder(files: ReadonlyMap<string, Uint8Array>, infos: readonly AutomaticBackupInfo[]): AutomaticBackups {
  return {
    list: () => Promise.resolve(infos),
    read: (fileName) => {
      const bytes = files.get(fileName);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`no file ${fileName}`));
    },
    write: () => Promise.reject(new Error('not written in this test')),
    onRequest: () => () => undefined,
  };
}

async function libraryWithBackup() {
  await fillLibrary(db);
  const backup = await exportLibrary(db, '0.1.0', new Date(Date.UTC(2026, 11, 1, 9)));
  const backedUp = await dumpTables(db);
  await db.comparisons.add({
    name: 'Made after the backup',
    leftId: 'clerk-1',
    rightId: 'chief',
    threshold: 0.7,
    algoVersion: 1,
    overrides: [],
    notes: [],
    createdAt: 20,
    updatedAt: 21,
  });
  await db.specs.delete('chief');
  return { backup, backedUp };
}

async function restoreRow(name: RegExp): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name }));
  const confirm = screen.getByRole('group', { name: 'Confirm restore of an automatic backup' });
  fireEvent.click(within(confirm).getByRole('button', { name: 'Replace the library with this automatic backup' }));
}

describe('automatic backups (desktop)', () => {
  it('lists each backup with date, reason, size and counts, and restores the chosen one through the checked path', async () => {
    const { backup, backedUp } = await libraryWithBackup();
    const daily: AutomaticBackupInfo = {
      fileName: 'reclass-auto-backup-2026-12-01T09-00-00-000Z-daily.reclass-backup',
      createdAt: Date.UTC(2026, 11, 1, 9),
      size: backup.file.length,
      reason: 'daily',
      tables: backup.header.tables,
    };
    const older: AutomaticBackupInfo = {
      fileName: 'reclass-auto-backup-2026-11-30T09-00-00-000Z-before-upgrade.reclass-backup',
      createdAt: daily.createdAt - DAY,
      size: 2_621_440,
      reason: 'before-upgrade',
      tables: null,
    };
    render(<AutomaticBackupsPanel backups={folder(new Map([[daily.fileName, backup.file]]), [daily, older])} />);

    const rows = await screen.findAllByRole('row');
    expect(
      rows.slice(1).map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 4)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      [
        new Date(daily.createdAt).toLocaleString(),
        'Daily',
        `${(backup.file.length / 1024 / 1024).toFixed(1)} MB`,
        'annotations 1, comparisons 1, corrections 0, meta 1, specs 3, studies 1, summaries 3, trash 0',
      ],
      [
        new Date(older.createdAt).toLocaleString(),
        'Before a library upgrade',
        '2.5 MB',
        'header damaged (it will not restore)',
      ],
    ]);

    await restoreRow(new RegExp(`Restore the automatic backup of ${new Date(daily.createdAt).toLocaleString()}`));
    expect((await screen.findByText(/^Restored the backup of/, {}, { timeout: 10_000 })).textContent).toMatch(
      /: annotations 1, comparisons 1, .*specs 3, studies 1, summaries 3, trash 0\.$/,
    );
    expect(await dumpTables(db)).toEqual(backedUp);
  });

  it('a damaged automatic backup restores nothing, says why, and leaves the library as it was', async () => {
    const { backup } = await libraryWithBackup();
    const before = await dumpTables(db);
    const damaged = backup.file.slice();
    const at = Math.floor(damaged.length * 0.7);
    damaged[at] = (damaged[at] ?? 0) ^ 0x04;
    const quit: AutomaticBackupInfo = {
      fileName: 'reclass-auto-backup-2026-12-01T18-00-00-000Z-quit.reclass-backup',
      createdAt: Date.UTC(2026, 11, 1, 18),
      size: damaged.length,
      reason: 'quit',
      tables: backup.header.tables,
    };
    render(<AutomaticBackupsPanel backups={folder(new Map([[quit.fileName, damaged]]), [quit])} />);

    expect(await screen.findByRole('cell', { name: 'When the app quit' })).toBeTruthy();
    await restoreRow(/Restore the automatic backup of/);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was restored: The backup is damaged: its SHA-256 checksum does not match its contents (the file was changed or corrupted).',
    );
    expect(await dumpTables(db)).toEqual(before);
  });

  it('says when there is no automatic backup yet, and when the folder cannot be listed', async () => {
    const { unmount } = render(<AutomaticBackupsPanel backups={folder(new Map(), [])} />);
    expect(await screen.findByText('No automatic backup has been made yet.')).toBeTruthy();
    unmount();
    render(
      <AutomaticBackupsPanel
        backups={{ ...folder(new Map(), []), list: () => Promise.reject(new Error('EACCES: permission denied')) }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The automatic backups could not be listed (EACCES: permission denied).',
    );
  });
});

describe('Backup & Trash view', () => {
  const renderWith = (automaticBackups: AutomaticBackups | null) =>
    render(
      <AppServicesContext.Provider
        value={{
          host: { kind: automaticBackups ? 'desktop' : 'web', automaticBackups } as unknown as Host,
          imports: {} as ImportController,
          printouts: new PrintoutRegistry(),
        }}
      >
        <DataView />
      </AppServicesContext.Provider>,
    );

  it('lists automatic backups only where the host keeps them (the desktop app), not in the browser', async () => {
    renderWith(null);
    expect(screen.getByRole('heading', { name: 'Restore' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Automatic backups' })).toBeNull();
    cleanup();
    renderWith(folder(new Map(), []));
    expect(screen.getByRole('heading', { name: 'Automatic backups' })).toBeTruthy();
    expect(await screen.findByText('No automatic backup has been made yet.')).toBeTruthy();
  });
});
