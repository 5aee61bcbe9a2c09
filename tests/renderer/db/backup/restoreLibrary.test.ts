import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { encodeBackup, parseBackup, sha256Hex, type ParsedBackup } from '../../../../shared/backup';
import { exportLibrary } from '../../../../renderer/src/db/backup/exportLibrary';
import { restoreLibrary } from '../../../../renderer/src/db/backup/restoreLibrary';
import { AppDb } from '../../../../renderer/src/db/schema';
import { freshDbFactory } from '../freshDb';
import { uniqueDbName } from '../importedSpec';
import { dumpTables, fillLibrary, rowTotal } from './libraryFixture';

const freshDb = freshDbFactory('backup');

describe('backup and restore', () => {
  it('backup → wipe → restore gives deep-equal tables', async () => {
    const source = freshDb();
    await fillLibrary(source);
    const before = await dumpTables(source);
    const backup = await exportLibrary(source, '0.1.0');
    expect(backup.header.tables).toEqual(
      Object.fromEntries(Object.entries(before).map(([name, rows]) => [name, rows.length])),
    );
    expect(backup.header.schemaVersion).toBe(source.verno);
    await source.delete();

    const wiped = freshDb();
    const outcome = await restoreLibrary(backup.file, wiped);
    expect(outcome.kind === 'refused' ? outcome.message : 'restored').toBe('restored');
    const after = await dumpTables(wiped);
    expect(after).toEqual(before);
    // 3 specs + 3 summaries + 1 comparison + 1 annotation + 1 study + 1 meta row
    expect(rowTotal(after)).toBe(10);
    if (outcome.kind === 'restored') expect(outcome.counts).toEqual(backup.header.tables);
  });

  it.each([
    ['cut to 10%', (file: Uint8Array) => file.subarray(0, Math.floor(file.length * 0.1)), /cut off/],
    [
      'cut to 50%',
      (file: Uint8Array) => file.subarray(0, Math.floor(file.length * 0.5)),
      /cut off: \d+ of \d+ bytes \(4\d%\)/,
    ],
    [
      'cut to 90%',
      (file: Uint8Array) => file.subarray(0, Math.floor(file.length * 0.9)),
      /cut off: \d+ of \d+ bytes \(8\d%\)/,
    ],
    ['one flipped bit', (file: Uint8Array) => flipBit(file, Math.floor(file.length * 0.6)), /checksum does not match/],
    [
      'another program’s JSON',
      () =>
        new TextEncoder().encode(
          '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"other","tables":[],"data":[]}}',
        ),
      /JSON but not a Reclass backup/,
    ],
    [
      'a newer schema',
      (file: Uint8Array) => withHeader(file, { schemaVersion: 99, appVersion: '9.0.0' }),
      /Reclass 9\.0\.0 with library schema 99; this app knows schema \d+/,
    ],
  ] as const)(
    'a backup %s restores nothing and leaves the live library byte-identical',
    async (_label, corrupt, reason) => {
      const source = freshDb();
      await fillLibrary(source);
      const { file } = await exportLibrary(source, '0.1.0');

      const live = freshDb();
      await live.comparisons.add({
        name: 'Live work',
        leftId: 'x',
        rightId: 'y',
        threshold: 0.7,
        algoVersion: 1,
        overrides: [],
        notes: [{ rowKey: 'r', text: 'keep me' }],
        createdAt: 1,
        updatedAt: 2,
      });
      await live.meta.put({ key: 'seedsImported', value: true });
      const before = await dumpTables(live);
      const outcome = await restoreLibrary(corrupt(file), live);
      expect(outcome.kind).toBe('refused');
      if (outcome.kind === 'refused') expect(outcome.message).toMatch(reason);
      expect(await dumpTables(live)).toEqual(before);
    },
  );

  it('a backup whose rows do not add up to its header restores nothing', async () => {
    const source = freshDb();
    await fillLibrary(source);
    const { file, header } = await exportLibrary(source, '0.1.0');
    const lying = withHeader(file, { tables: { ...header.tables, comparisons: 5 } });
    const live = freshDb();
    const outcome = await restoreLibrary(lying, live);
    expect(outcome).toEqual({
      kind: 'refused',
      message: 'The backup lists 5 rows in “comparisons” but its export lists 1; nothing was restored.',
    });
    expect(rowTotal(await dumpTables(live))).toBe(0);
  });

  it('a write that fails while the live library is being replaced rolls the whole replacement back', async () => {
    const source = freshDb();
    await fillLibrary(source);
    const { file } = await exportLibrary(source, '0.1.0');
    const live = freshDb();
    await live.comparisons.add({
      name: 'Live work',
      leftId: 'x',
      rightId: 'y',
      threshold: 0.7,
      algoVersion: 1,
      overrides: [],
      notes: [{ rowKey: 'r', text: 'keep me' }],
      createdAt: 1,
      updatedAt: 2,
    });
    const before = await dumpTables(live);
    // summaries is written after specs and comparisons have already been replaced inside the transaction
    vi.spyOn(live.table('summaries'), 'bulkAdd').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const outcome = await restoreLibrary(file, live);
    expect(outcome.kind === 'refused' ? outcome.message : 'restored').toMatch(
      /^Nothing was restored: Storage is full: nothing already saved was lost\. Free disk space/,
    );
    expect(await dumpTables(live)).toEqual(before);
  });

  it('a backup whose rows break a rule of the library (two studies with one id) restores nothing, though its checksum is right', async () => {
    const source = freshDb();
    await fillLibrary(source);
    const { file } = await exportLibrary(source, '0.1.0');
    const { header, body } = parseBackup(file) as ParsedBackup;
    const exported = JSON.parse(new TextDecoder().decode(body)) as {
      data: {
        tables: { name: string; rowCount: number }[];
        data: { tableName: string; rows: Record<string, unknown>[] }[];
      };
    };
    const studies = exported.data.data.find((table) => table.tableName === 'studies');
    const study = studies?.rows[0];
    if (!studies || !study) throw new Error('the fixture has a study');
    studies.rows.push({ ...study, id: 99, name: 'Same uid, other row' });
    for (const table of exported.data.tables) if (table.name === 'studies') table.rowCount = 2;
    const forged = new TextEncoder().encode(JSON.stringify(exported));
    const resealed = encodeBackup(
      { ...header, tables: { ...header.tables, studies: 2 }, bytes: forged.length, sha256: await sha256Hex(forged) },
      forged,
    );

    const live = freshDb();
    await live.comparisons.add({
      name: 'Live work',
      leftId: 'x',
      rightId: 'y',
      threshold: 0.7,
      algoVersion: 1,
      overrides: [],
      notes: [{ rowKey: 'r', text: 'keep me' }],
      createdAt: 1,
      updatedAt: 2,
    });
    const before = await dumpTables(live);
    const outcome = await restoreLibrary(resealed, live);
    expect(outcome.kind === 'refused' ? outcome.message : 'restored').toMatch(
      /^Nothing was restored: Could not save to the local database \(.*\): nothing was changed; try the restore again$/,
    );
    expect(await dumpTables(live)).toEqual(before);
  });

  it('a backup from an older schema restores through the upgraders', async () => {
    const name = uniqueDbName('v1');
    const v1 = new Dexie(name);
    v1.version(1).stores({
      specs: 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code',
      comparisons: '++id, [leftId+rightId], updatedAt',
      annotations: '++id, specId, classKey',
      studies: '++id, updatedAt',
      meta: 'key',
    });
    const donor = freshDb();
    await fillLibrary(donor);
    await v1.table('specs').bulkAdd(await donor.specs.toArray());
    await v1.table('comparisons').bulkAdd(await donor.comparisons.toArray());
    const oldBackup = await exportLibrary(v1, '0.0.9');
    expect(oldBackup.header.schemaVersion).toBe(1);
    await v1.delete();

    const live = freshDb();
    const outcome = await restoreLibrary(oldBackup.file, live);
    expect(outcome.kind === 'refused' ? outcome.message : 'restored').toBe('restored');
    expect((await live.summaries.orderBy('id').primaryKeys()).map(String)).toEqual(['chief', 'clerk-1', 'clerk-2']);
    expect(await live.specs.toArray()).toEqual(await donor.specs.toArray());
    expect(await live.comparisons.toArray()).toEqual(await donor.comparisons.toArray());
  });

  it('a read-only library is never replaced', async () => {
    const source = freshDb();
    await fillLibrary(source);
    const { file } = await exportLibrary(source, '0.1.0');
    const live = new AppDb(uniqueDbName('readonly'));
    live.gate.makeReadOnly('This library was written by a newer version of Reclass.');
    expect(await restoreLibrary(file, live)).toEqual({
      kind: 'refused',
      message: 'This library was written by a newer version of Reclass.',
    });
  });
});

function flipBit(file: Uint8Array, at: number): Uint8Array {
  const copy = file.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x10;
  return copy;
}

/** The same file with changed header fields (the body, and so its checksum, untouched). */
function withHeader(file: Uint8Array, changes: Record<string, unknown>): Uint8Array {
  const end = file.indexOf(0x0a);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(0, end))) as Record<string, unknown>;
  const line = new TextEncoder().encode(`${JSON.stringify({ ...header, ...changes })}\n`);
  const out = new Uint8Array(line.length + file.length - end - 1);
  out.set(line);
  out.set(file.subarray(end + 1), line.length);
  return out;
}
