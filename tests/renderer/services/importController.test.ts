import { describe, expect, it, vi } from 'vitest';
import type { FileRef, ImportEvent } from '../../../shared/import';
import {
  beginImportJournal,
  endImportJournal,
  listInterruptedImports,
  settleJournalFile,
} from '../../../renderer/src/db/importJournal';
import type { AppDb } from '../../../renderer/src/db/schema';
import { storeImportedSpec } from '../../../renderer/src/db/storeImportedSpec';
import type { Host } from '../../../renderer/src/platform';
import { ImportController, type ImportJournal } from '../../../renderer/src/services';
import { freshDbFactory } from '../db/freshDb';
import { importedSpec } from '../db/importedSpec';

const freshDb = freshDbFactory('controller');

/** A host whose imports the test drives by hand; resumeImport records what it was asked for. */
function fakeHost() {
  let listener: ((event: ImportEvent) => void) | null = null;
  const resumed: [string, readonly FileRef[]][] = [];
  const host = {
    kind: 'web',
    importFolder: () => Promise.resolve({ importId: 'first' }),
    resumeImport: (origin: string, missing: readonly FileRef[]) => {
      resumed.push([origin, missing]);
      return Promise.resolve({ importId: 'second' });
    },
    onImportEvent: (next: (event: ImportEvent) => void) => {
      listener = next;
      return () => undefined;
    },
  } as unknown as Host;
  return { host, resumed, emit: (event: ImportEvent) => listener?.(event) };
}

const journalOf = (database: AppDb): ImportJournal => ({
  begin: (importId, origin, files) => beginImportJournal(importId, origin, files, database),
  settle: (importId, relativePath) => settleJournalFile(importId, relativePath, database),
  end: (importId) => endImportJournal(importId, database),
  listInterrupted: () => listInterruptedImports(database),
});

const files: FileRef[] = Array.from({ length: 5 }, (_, index) => ({
  fileName: `f${index}.txt`,
  relativePath: `specs/f${index}.txt`,
}));

describe('ImportController after a crash', () => {
  it('offers on the next start exactly the files never imported, and resuming asks for only those', async () => {
    const database = freshDb();
    const before = fakeHost();
    const controller = new ImportController(
      before.host,
      (spec, importId) => storeImportedSpec(spec, 1, database, importId),
      journalOf(database),
    );
    controller.connect();
    await controller.importFolder();
    before.emit({ kind: 'started', importId: 'first', total: 5, files });
    before.emit({
      kind: 'imported',
      importId: 'first',
      done: 1,
      total: 5,
      spec: { ...importedSpec({ hash: 'h0', title: 'Clerk' }), ...files[0]! },
    });
    before.emit({
      kind: 'failed',
      importId: 'first',
      done: 2,
      total: 5,
      failure: { ...files[1]!, code: 'empty', message: 'the file is empty', advice: 'check it' },
    });
    await vi.waitFor(async () => expect(await database.specs.count()).toBe(1));
    await vi.waitFor(async () => expect((await listInterruptedImports(database))[0]?.missing).toHaveLength(3));

    // The app is killed here; a new one starts on the same database.
    const after = fakeHost();
    const restarted = new ImportController(
      after.host,
      (spec, importId) => storeImportedSpec(spec, 2, database, importId),
      journalOf(database),
    );
    restarted.connect();
    await vi.waitFor(() => expect(restarted.getInterrupted().imports).toHaveLength(1));
    const [offer] = restarted.getInterrupted().imports;
    expect(offer).toMatchObject({ origin: 'folder', total: 5 });
    expect(offer?.missing.map((file) => file.relativePath).sort()).toEqual([
      'specs/f2.txt',
      'specs/f3.txt',
      'specs/f4.txt',
    ]);

    await restarted.resume(offer!.importId);
    expect(after.resumed).toEqual([['folder', offer!.missing]]);
    expect(restarted.getInterrupted().imports).toEqual([]);
    expect(await listInterruptedImports(database)).toEqual([]);
  });

  it('clears the journal when an import finishes, so nothing is offered', async () => {
    const database = freshDb();
    const { host, emit } = fakeHost();
    const controller = new ImportController(
      host,
      (spec, importId) => storeImportedSpec(spec, 1, database, importId),
      journalOf(database),
    );
    controller.connect();
    emit({ kind: 'started', importId: 'first', total: 1, files: files.slice(0, 1) });
    emit({
      kind: 'imported',
      importId: 'first',
      done: 1,
      total: 1,
      spec: { ...importedSpec({ hash: 'h0' }), ...files[0]! },
    });
    emit({ kind: 'finished', importId: 'first', done: 1, total: 1, cancelled: false });
    await controller.whenFinished('first');
    expect(await database.meta.count()).toBe(0);
  });

  it('shows a journal that cannot be written instead of failing silently', async () => {
    const { host, emit } = fakeHost();
    const journal: ImportJournal = {
      begin: () => Promise.reject(new Error('storage is full')),
      settle: () => Promise.resolve(),
      end: () => Promise.resolve(),
      listInterrupted: () => Promise.resolve([]),
    };
    const controller = new ImportController(host, () => Promise.resolve({ kind: 'added' }), journal);
    controller.connect();
    emit({ kind: 'started', importId: 'first', total: 1, files: files.slice(0, 1) });
    await vi.waitFor(() => expect(controller.getInterrupted().problem).toMatch(/storage is full/));
  });
});
