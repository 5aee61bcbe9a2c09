import { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { textHash } from '../../../../shared/anchoring';
import { AppDb } from '../../../../renderer/src/db/schema';
import { importedSpec, uniqueDbName } from '../importedSpec';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

it('upgrades v1-shaped annotations to selectors + status at v6, orphaning a quote that no longer matches', async () => {
  const name = uniqueDbName('v6');
  const previous = new Dexie(name);
  previous.version(2).stores({
    specs: 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code',
    comparisons: '++id, [leftId+rightId], updatedAt',
    annotations: '++id, specId, classKey',
    studies: '++id, updatedAt',
    meta: 'key',
    summaries: 'id, classKey, isLatest',
  });
  const spec = importedSpec({
    hash: 's1',
    title: 'Meter Reader',
    code: '4410',
    duties: ['Reads water meters on a route.'],
  }).spec;
  await previous.table('specs').add({ id: 's1', classKey: 'k', version: 2, isLatest: 1, spec });
  const start = spec.text.indexOf('Reads water');
  const common = { specId: 's1', classKey: 'k', prefix: '', suffix: '', text: 'check this', createdAt: 5 };
  await previous.table('annotations').bulkAdd([
    { ...common, quote: 'Reads water', span: { start, end: start + 11 } },
    { ...common, quote: 'Not in the text', span: { start, end: start + 15 } },
  ]);
  previous.close();

  const database = new AppDb(name);
  opened.push(database);
  const rows = await database.annotations.orderBy('id').toArray();
  expect(rows.map((row) => [row.status, row.target.quote.exact, row.note, row.madeOnVersion])).toEqual([
    ['anchored', 'Reads water', 'check this', 2],
    ['orphaned', 'Not in the text', 'check this', 2],
  ]);
  expect(rows[0]?.target.textHash).toBe(textHash(spec.text));
  expect(await database.annotations.where('status').equals('orphaned').count()).toBe(1);
  expect(database.verno).toBeGreaterThanOrEqual(6);
});
