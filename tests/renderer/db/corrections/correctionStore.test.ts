import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldCorrection, notDutyCorrection, type CorrectionStamp } from '../../../../shared/corrections';
import { deleteCorrection, loadCorrected, saveCorrection } from '../../../../renderer/src/db/corrections';
import { storeImportedSpec } from '../../../../renderer/src/db/storeImportedSpec';
import { freshDbFactory } from '../freshDb';
import { importedSpec } from '../importedSpec';

const freshDb = freshDbFactory('corrections');
afterEach(() => {
  vi.restoreAllMocks();
});

const meterReader = (hash: string, duties = ['Reads water meters on a route.', 'Reports damaged meters.']) =>
  importedSpec({ hash, title: 'Meter Reader', code: '4410', duties });
const stamp = (id: string, specId: string, version: number): CorrectionStamp => ({
  id,
  createdAt: Number(id.replace(/\D/g, '')),
  origin: { specId, version },
});

describe('corrections in the library', () => {
  it('gives views and the library the corrected record, and undoing restores the parse', async () => {
    const database = freshDb();
    await storeImportedSpec(meterReader('v1'), 1, database);
    const [stored] = await loadCorrected(database, [await database.specs.get('v1')]);
    const title = fieldCorrection(stamp('c1', 'v1', 1), stored!.parsedSpec, 'title', 'Utility Meter Reader');
    const duty = notDutyCorrection(stamp('c2', 'v1', 1), stored!.spec.text, stored!.spec.duties[1]!.span);
    expect(await saveCorrection(stored!.classKey, title, database)).toEqual({
      ok: true,
    });
    expect(await saveCorrection(stored!.classKey, duty, database)).toEqual({
      ok: true,
    });

    const [corrected] = await loadCorrected(database, [await database.specs.get('v1')]);
    expect(corrected).toMatchObject({
      title: 'Utility Meter Reader',
      spec: { title: 'Utility Meter Reader', correctedFields: ['title'] },
    });
    expect(corrected!.spec.duties.map((item) => item.text)).toEqual(['Reads water meters on a route.']);
    expect(corrected!.parsedSpec.title).toBe('Meter Reader');
    expect((await database.summaries.get('v1'))?.title).toBe('Utility Meter Reader');
    expect((await database.specs.get('v1'))?.spec.title).toBe('Meter Reader');

    expect(await deleteCorrection(stored!.classKey, 'c1', database)).toEqual({
      ok: true,
    });
    expect((await database.summaries.get('v1'))?.title).toBe('Meter Reader');
  });

  it('carries corrections to a newly imported version where the passage is unchanged, and lists the rest as orphaned', async () => {
    const database = freshDb();
    await storeImportedSpec(meterReader('v1'), 1, database);
    const [first] = await loadCorrected(database, [await database.specs.get('v1')]);
    await saveCorrection(
      first!.classKey,
      fieldCorrection(stamp('c1', 'v1', 1), first!.parsedSpec, 'title', 'Utility Meter Reader'),
      database,
    );
    await saveCorrection(
      first!.classKey,
      notDutyCorrection(stamp('c2', 'v1', 1), first!.spec.text, first!.spec.duties[1]!.span),
      database,
    );

    await storeImportedSpec(
      meterReader('v2', ['Reads water meters on a route.', 'Reports broken meters to the supervisor.']),
      2,
      database,
    );
    expect((await database.summaries.get('v2'))?.title).toBe('Utility Meter Reader');
    const [second] = await loadCorrected(database, [await database.specs.get('v2')]);
    expect(second!.title).toBe('Utility Meter Reader');
    expect(second!.spec.duties).toHaveLength(2);
    expect(second!.corrections.orphaned.map((item) => [item.correction.id, item.reason])).toEqual([
      ['c2', 'passage_not_found'],
    ]);
  });

  it('reports a failed write and changes nothing', async () => {
    const database = freshDb();
    await storeImportedSpec(meterReader('v1'), 1, database);
    const [stored] = await loadCorrected(database, [await database.specs.get('v1')]);
    vi.spyOn(database.corrections, 'add').mockRejectedValue(new Error('disk gone'));
    const outcome = await saveCorrection(
      stored!.classKey,
      fieldCorrection(stamp('c1', 'v1', 1), stored!.parsedSpec, 'title', 'X'),
      database,
    );
    expect(outcome).toEqual({
      ok: false,
      message: 'Could not save the correction (disk gone): nothing was changed',
    });
    expect(await database.corrections.count()).toBe(0);
    expect((await database.summaries.get('v1'))?.title).toBe('Meter Reader');
  });
});
