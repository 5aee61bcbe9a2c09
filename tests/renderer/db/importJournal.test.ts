import { describe, expect, it, vi } from 'vitest';
import {
  beginImportJournal,
  endImportJournal,
  listInterruptedImports,
  settleJournalFile,
} from '../../../renderer/src/db/importJournal';
import { storeImportedSpec } from '../../../renderer/src/db/storeImportedSpec';
import { freshDbFactory } from './freshDb';
import { importedSpec } from './importedSpec';

const freshDb = freshDbFactory('journal');
const files = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ fileName: `f${index}.txt`, relativePath: `folder/f${index}.txt` }));

describe('the import journal', () => {
  it('lists exactly the files an interrupted import never stored or failed', async () => {
    const database = freshDb();
    const all = files(200);
    await beginImportJournal('imp', 'folder', all, database);
    for (const file of all.slice(0, 15)) {
      const outcome = await storeImportedSpec(
        { ...importedSpec({ hash: file.fileName, title: file.fileName }), ...file },
        1,
        database,
        'imp',
      );
      expect(outcome.kind).toBe('added');
    }
    await settleJournalFile('imp', 'folder/f15.txt', database);
    await settleJournalFile('imp', 'folder/f16.txt', database);
    // The app stops here: no 'finished'. On the next start:
    const [interrupted] = await listInterruptedImports(database);
    expect(interrupted).toMatchObject({ importId: 'imp', origin: 'folder', total: 200 });
    expect(interrupted?.missing.map((file) => file.relativePath).sort()).toEqual(
      all
        .slice(17)
        .map((file) => file.relativePath)
        .sort(),
    );
    expect(interrupted?.missing).toHaveLength(183);
  });

  it('crosses a file off in the same transaction that stores its spec: a failed store leaves it listed', async () => {
    const database = freshDb();
    await beginImportJournal('imp', 'files', files(2), database);
    vi.spyOn(database.summaries, 'add').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const outcome = await storeImportedSpec({ ...importedSpec({ hash: 'h0' }), ...files(1)[0]! }, 1, database, 'imp');
    expect(outcome.kind).toBe('failed');
    expect(await database.specs.count()).toBe(0);
    const [interrupted] = await listInterruptedImports(database);
    expect(interrupted?.missing.map((file) => file.fileName)).toEqual(['f0.txt', 'f1.txt']);
  });

  it('forgets an import that finished, and lists nothing then', async () => {
    const database = freshDb();
    await beginImportJournal('done', 'seeds', files(3), database);
    await endImportJournal('done', database);
    expect(await listInterruptedImports(database)).toEqual([]);
    expect(await database.meta.count()).toBe(0);
  });

  it('keeps two interrupted imports apart', async () => {
    const database = freshDb();
    await beginImportJournal('a', 'files', files(2), database);
    await beginImportJournal('b', 'folder', files(3), database);
    await settleJournalFile('b', 'folder/f0.txt', database);
    const interrupted = await listInterruptedImports(database);
    expect(interrupted.map((entry) => [entry.importId, entry.missing.length])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });
});
