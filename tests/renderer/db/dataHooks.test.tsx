import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { deleteSpec } from '../../../renderer/src/db/deleteSpec';
import { storeImportedSpec } from '../../../renderer/src/db/storeImportedSpec';
import { useLibrarySpecs } from '../../../renderer/src/db/useLibrarySpecs';
import { useSpec } from '../../../renderer/src/db/useSpec';
import { useSpecs } from '../../../renderer/src/db/useSpecs';
import { useSpecVersions } from '../../../renderer/src/db/useSpecVersions';
import { importedSpec } from './importedSpec';

// The hooks read the app's own database (fake-indexeddb here), as components do.
beforeAll(async () => {
  await storeImportedSpec(importedSpec({ hash: 'clerk-1', title: 'Records Clerk', code: '300' }), 1);
  await storeImportedSpec(importedSpec({ hash: 'clerk-2', title: 'Records Clerk', code: '300' }), 2);
  await storeImportedSpec(importedSpec({ hash: 'analyst', title: 'Budget Analyst', code: '410' }), 3);
});
afterAll(async () => {
  await db.delete();
});

it('useLibrarySpecs lists the latest version of each class by title, and follows changes', async () => {
  const { result } = renderHook(() => useLibrarySpecs());
  expect(result.current).toBeUndefined();
  await waitFor(() => expect(result.current?.map((row) => row.id)).toEqual(['analyst', 'clerk-2']));
  await act(() => deleteSpec('clerk-2'));
  await waitFor(() => expect(result.current?.map((row) => row.id)).toEqual(['analyst', 'clerk-1']));
  await act(() => storeImportedSpec(importedSpec({ hash: 'clerk-2', title: 'Records Clerk', code: '300' }), 4));
  await waitFor(() => expect(result.current?.map((row) => row.id)).toEqual(['analyst', 'clerk-2']));
});

it('useSpec gives the stored spec, or null for an unknown id', async () => {
  const { result, rerender } = renderHook(({ id }) => useSpec(id), { initialProps: { id: 'analyst' } });
  await waitFor(() => expect(result.current?.title).toBe('Budget Analyst'));
  rerender({ id: 'nope' });
  await waitFor(() => expect(result.current).toBeNull());
});

it('useSpecs keeps the order asked for and marks missing ids', async () => {
  const { result } = renderHook(() => useSpecs(['clerk-1', 'missing', 'analyst']));
  await waitFor(() => expect(result.current?.map((row) => row?.id ?? null)).toEqual(['clerk-1', null, 'analyst']));
});

it('useSpecVersions lists every version of a class, oldest first (a re-import after a delete takes the freed number)', async () => {
  const classKey = (await db.specs.get('clerk-1'))?.classKey;
  const { result } = renderHook(() => useSpecVersions(classKey));
  await waitFor(() =>
    expect(result.current?.map((row) => [row.id, row.version])).toEqual([
      ['clerk-1', 1],
      ['clerk-2', 2],
    ]),
  );
});
