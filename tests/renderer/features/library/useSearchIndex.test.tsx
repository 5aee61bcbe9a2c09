import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { fieldCorrection } from '../../../../shared/corrections';
import { db } from '../../../../renderer/src/db/db';
import { loadCorrected, saveCorrection } from '../../../../renderer/src/db/corrections';
import { deleteSearchCache, loadSearchSnapshot } from '../../../../renderer/src/db/searchCache';
import { storeImportedSpec } from '../../../../renderer/src/db/storeImportedSpec';
import { restoreFromTrash, trashClass } from '../../../../renderer/src/db/trash';
import { useLibrarySpecs } from '../../../../renderer/src/db/useLibrarySpecs';
import { resetLibrarySearchIndex } from '../../../../renderer/src/features/library/librarySearchIndex';
import { useSearchIndex } from '../../../../renderer/src/features/library/useSearchIndex';
import { importedSpec } from '../../db/importedSpec';

// The hook reads the app's own database (fake-indexeddb here), as the library view does.
const reader = (hash: string, duties: readonly string[]) =>
  importedSpec({ hash, title: 'Meter Reader', code: '4410', duties });
const clerk = importedSpec({
  hash: 'clerk',
  title: 'Payroll Clerk',
  code: '1020',
  duties: ['Posts timesheets to payroll registers.'],
});

beforeEach(async () => {
  resetLibrarySearchIndex();
  await Promise.all(db.tables.map((table) => table.clear()));
  await deleteSearchCache();
});
afterAll(async () => {
  resetLibrarySearchIndex();
  await deleteSearchCache();
  await db.delete();
});

function renderSearch() {
  return renderHook(() => {
    const classes = useLibrarySpecs();
    return { classes, ...useSearchIndex(classes) };
  });
}

type Rendered = ReturnType<typeof renderSearch>['result'];

const found = (result: Rendered, query: string): string[] => result.current.search(query).map((hit) => hit.id);

async function whenIndexed(result: Rendered, expectedIds: readonly string[]): Promise<void> {
  await waitFor(() => {
    expect(result.current.classes?.map((summary) => summary.id).sort()).toEqual([...expectedIds].sort());
    expect(result.current.indexedCount).toBe(expectedIds.length);
  });
}

it('follows imports, revisions, trash and restore', async () => {
  await storeImportedSpec(reader('reader-1', ['Reads water meters on an assigned route.']), 1);
  const { result } = renderSearch();
  await whenIndexed(result, ['reader-1']);
  expect(found(result, 'route')).toEqual(['reader-1']);

  await storeImportedSpec(clerk, 2);
  await whenIndexed(result, ['reader-1', 'clerk']);
  await waitFor(() => expect(found(result, 'timesheets')).toEqual(['clerk']));

  // A revised version replaces the old one in the library list, and so in search.
  await storeImportedSpec(reader('reader-2', ['Reads radio-equipped meters from a truck.']), 3);
  await whenIndexed(result, ['reader-2', 'clerk']);
  await waitFor(() => expect(found(result, 'truck')).toEqual(['reader-2']));
  expect(found(result, 'route')).toEqual([]);

  const trashId = await trashClass((await db.specs.get('clerk'))!.classKey, 4);
  await whenIndexed(result, ['reader-2']);
  expect(found(result, 'timesheets')).toEqual([]);

  expect(await restoreFromTrash(trashId!)).toBe(true);
  await whenIndexed(result, ['reader-2', 'clerk']);
  await waitFor(() => expect(found(result, 'timesheets')).toEqual(['clerk']));
});

it('indexes a class again when a correction changes what it says', async () => {
  await storeImportedSpec(clerk, 1);
  const { result } = renderSearch();
  await whenIndexed(result, ['clerk']);
  expect(found(result, 'paymaster')).toEqual([]);
  const [stored] = await loadCorrected(db, [await db.specs.get('clerk')]);
  const correction = fieldCorrection(
    { id: 'c1', createdAt: 5, origin: { specId: 'clerk', version: 1 } },
    stored!.parsedSpec,
    'title',
    'Paymaster',
  );
  expect(await saveCorrection(stored!.classKey, correction)).toEqual({ ok: true });
  await waitFor(() => expect(found(result, 'paymaster')).toEqual(['clerk']));
});

it('starts from the saved index and brings it up to date with what changed while the app was closed', async () => {
  await storeImportedSpec(reader('reader-1', ['Reads water meters on an assigned route.']), 1);
  await storeImportedSpec(clerk, 2);
  const first = renderSearch();
  await whenIndexed(first.result, ['reader-1', 'clerk']);
  await waitFor(
    async () => expect([...((await loadSearchSnapshot())?.ids ?? [])].sort()).toEqual(['clerk', 'reader-1']),
    { timeout: 5000 },
  );
  first.unmount();
  resetLibrarySearchIndex();

  // Written behind the index's back: a start that reads the saved index still finds the old words.
  const row = (await db.specs.get('reader-1'))!;
  const rewrite = (text: string): string => text.replace('route', 'circuit');
  await db.specs.put({
    ...row,
    spec: {
      ...row.spec,
      text: rewrite(row.spec.text),
      duties: row.spec.duties.map((duty) => ({ ...duty, text: rewrite(duty.text) })),
    },
  });
  await db.specs.delete('clerk');
  await db.summaries.delete('clerk');
  await storeImportedSpec(
    importedSpec({ hash: 'engineer', title: 'Civil Engineer', code: '7001', duties: ['Designs storm drains.'] }),
    3,
  );

  const second = renderSearch();
  await whenIndexed(second.result, ['reader-1', 'engineer']);
  expect(found(second.result, 'route')).toEqual(['reader-1']);
  expect(found(second.result, 'circuit')).toEqual([]);
  expect(found(second.result, 'timesheets')).toEqual([]);
  await waitFor(() => expect(found(second.result, 'drains')).toEqual(['engineer']));
});
