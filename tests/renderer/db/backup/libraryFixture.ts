import type { Dexie } from 'dexie';
import type { AppDb } from '../../../../renderer/src/db/schema';
import { storeImportedSpec } from '../../../../renderer/src/db/storeImportedSpec';
import { importedSpec } from '../importedSpec';
import { addCandidates, createStudy } from '../../../../shared/study';

/** A small library with a row in every table: two versions of a class, another class, a comparison with notes, an annotation, a study. */
export async function fillLibrary(database: AppDb): Promise<void> {
  await storeImportedSpec(
    importedSpec({ hash: 'clerk-1', title: 'Clerk', code: '100', duties: ['Files records.', 'Answers calls.'] }),
    1,
    database,
  );
  await storeImportedSpec(
    importedSpec({
      hash: 'clerk-2',
      title: 'Clerk',
      code: '100',
      duties: ['Files records.', 'Answers calls from the public.'],
    }),
    2,
    database,
  );
  await storeImportedSpec(
    importedSpec({ hash: 'chief', title: 'Section Chief', code: '300', duties: ['Directs the section.'] }),
    3,
    database,
  );
  await database.comparisons.add({
    name: 'Clerk vs Chief',
    leftId: 'clerk-2',
    rightId: 'chief',
    threshold: 0.75,
    algoVersion: 1,
    overrides: [{ kind: 'link', a: 0, b: 0 }],
    notes: [{ rowKey: 'duty:0:0', text: 'Both keep records — ünïcödé “quotes”.' }],
    createdAt: 10,
    updatedAt: 11,
  });
  const clerk = await database.specs.get('clerk-2');
  await database.annotations.add({
    specId: 'clerk-2',
    classKey: clerk?.classKey ?? '',
    status: 'anchored',
    target: {
      quote: { exact: 'Files', prefix: '', suffix: ' records' },
      position: { start: 0, end: 5 },
      textHash: 'fixture',
    },
    madeOnVersion: 2,
    color: 'yellow',
    note: 'Check this',
    tags: ['review'],
    createdAt: 12,
    updatedAt: 12,
  });
  await database.studies.add({
    ...addCandidates(createStudy({ uid: 'clerk-study-1', name: 'Clerk study', now: 13 }), ['clerk-2', 'chief']),
    notes: 'pending',
  });
  await database.meta.put({ key: 'seedsImported', value: true });
}

/** Every row of every table, in key order: what "byte-identical" means for a library. */
export async function dumpTables(database: Dexie): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

export const rowTotal = (dump: Record<string, unknown[]>): number =>
  Object.values(dump).reduce((sum, rows) => sum + rows.length, 0);
