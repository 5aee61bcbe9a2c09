import { describe, expect, it } from 'vitest';
import {
  createAnnotation,
  deleteAnnotation,
  reattachAnnotation,
  restoreAnnotation,
} from '../../../../renderer/src/db/annotations';
import type { AppDb } from '../../../../renderer/src/db/schema';
import { storeImportedSpec } from '../../../../renderer/src/db/storeImportedSpec';
import { freshDbFactory } from '../freshDb';
import { importedSpec } from '../importedSpec';

const freshDb = freshDbFactory('annotations');
const DUTIES = [
  'Reads water meters on an assigned route and records consumption.',
  'Inspects meters for leaks, tampering and damage and reports problems.',
  'Answers customer questions about readings and bills in the field.',
  'Keeps route books and daily logs up to date.',
];
const CONTENT = { color: 'yellow', note: 'union disputes this duty', tags: ['union'] } as const;

async function annotate(database: AppDb, specId: string, quote: string): Promise<number> {
  const spec = await database.specs.get(specId);
  if (!spec) throw new Error('no spec');
  const start = spec.spec.text.indexOf(quote);
  return createAnnotation(spec, start, start + quote.length, CONTENT, 10, database);
}

async function importVersion(database: AppDb, hash: string, duties: readonly string[]): Promise<void> {
  const outcome = await storeImportedSpec(
    importedSpec({ hash, title: 'Meter Reader', code: '4410', duties }),
    Number(hash.slice(1)),
    database,
  );
  expect(outcome.kind).toBe('added');
}

describe('annotations across revision imports', () => {
  it('moves annotations onto each new version, orphans the deleted sentence, and never changes the count', async () => {
    const database = freshDb();
    await importVersion(database, 'v1', DUTIES);
    const kept = await annotate(database, 'v1', DUTIES[2] ?? '');
    const reworded = await annotate(database, 'v1', DUTIES[1] ?? '');
    const deleted = await annotate(database, 'v1', DUTIES[3] ?? '');
    const before = await database.annotations.count();

    await importVersion(database, 'v2', [
      DUTIES[0] ?? '',
      'Inspects meters for leaks, tampering or damage and reports problems.',
      DUTIES[2] ?? '',
    ]);
    expect(await database.annotations.count()).toBe(before);
    const text = (await database.specs.get('v2'))?.spec.text ?? '';
    const keptRow = await database.annotations.get(kept);
    expect(keptRow).toMatchObject({ specId: 'v2', status: 'anchored', madeOnVersion: 1, note: CONTENT.note });
    expect(text.slice(keptRow?.target.position.start, keptRow?.target.position.end)).toBe(DUTIES[2]);
    expect((await database.annotations.get(reworded))?.target.quote.exact).toBe(
      'Inspects meters for leaks, tampering or damage and reports problems.',
    );
    expect(await database.annotations.get(deleted)).toMatchObject({
      status: 'orphaned',
      specId: 'v1',
      orphanedOnSpecId: 'v2',
    });

    await importVersion(database, 'v3', ['Supervises nothing at all; the class was rewritten.']);
    expect(await database.annotations.count()).toBe(before);
    expect((await database.annotations.toArray()).every((row) => row.status === 'orphaned')).toBe(true);
  });

  it('re-attaches an orphan to newly selected text, and a deleted annotation comes back on undo', async () => {
    const database = freshDb();
    await importVersion(database, 'v1', DUTIES);
    const id = await annotate(database, 'v1', DUTIES[3] ?? '');
    await importVersion(database, 'v2', DUTIES.slice(0, 3));
    expect((await database.annotations.get(id))?.status).toBe('orphaned');
    const v2 = await database.specs.get('v2');
    if (!v2) throw new Error('no v2');
    const start = v2.spec.text.indexOf(DUTIES[0] ?? '');
    await reattachAnnotation(id, v2, start - 1, start + (DUTIES[0]?.length ?? 0) + 1, 20, database);
    const row = await database.annotations.get(id);
    expect(row).toMatchObject({ status: 'anchored', specId: 'v2', note: CONTENT.note });
    expect(row?.target.quote.exact).toBe(DUTIES[0]);
    expect(row).not.toHaveProperty('orphanedOnSpecId');

    const removed = await deleteAnnotation(id, database);
    expect(await database.annotations.count()).toBe(0);
    await restoreAnnotation(removed, database);
    expect(await database.annotations.get(id)).toEqual(row);
  });

  it('keeps annotations of other classes where they are', async () => {
    const database = freshDb();
    await importVersion(database, 'v1', DUTIES);
    await storeImportedSpec(importedSpec({ hash: 'other', title: 'Clerk', code: '1000', duties: DUTIES }), 1, database);
    const other = await annotate(database, 'other', DUTIES[0] ?? '');
    await importVersion(database, 'v2', DUTIES.slice(1));
    expect(await database.annotations.get(other)).toMatchObject({ specId: 'other', status: 'anchored' });
  });
});
