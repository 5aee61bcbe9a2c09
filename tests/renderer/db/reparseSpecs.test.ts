import type { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { reparseSpec, specFromText } from '../../../shared/import';
import type { ClassSpec } from '../../../shared/model';
import { PARSER_VERSION } from '../../../shared/spec';
import { identifyClass } from '../../../shared/library/classIdentity';
import { reparseOutdatedSpecs, type ReparseProgress } from '../../../renderer/src/db/reparseSpecs';
import { AppDb } from '../../../renderer/src/db/schema';
import { summarizeSpec } from '../../../renderer/src/db/summarizeSpec';
import { uniqueDbName } from './importedSpec';
import { openV2Database, type LegacySpecRow } from './legacyDb';

const MANAGER = `CITY OF HOUSTON

Job Code: 887.0

Job Title: ASSISTANT CUSTOMER SERVICE MANAGER

Pay Grade: 26

GENERAL SUMMARY:

Assists in managing a customer service section. Oversees daily operations and personnel.

RESPONSIBILITIES:

- Oversees and assists in managing operations and personnel engaged in resolving customer complaints and claims.
- Oversees, reviews and trains personnel performing customer service activities.
- Creates and analyzes reports to assess efficiency and productivity. Recommends improvements to operations.
`;

const CLERK = `CITY OF HOUSTON

Job Code: 112.0

Job Title: CUSTOMER SERVICE CLERK

Pay Grade: 12

GENERAL SUMMARY:

Answers customer inquiries about water bills.

RESPONSIBILITIES:

- Answers telephone and counter inquiries about water and sewer bills.
- Sets up payment arrangements and records them in the billing system.
`;

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

function legacyRow(id: string, spec: ClassSpec, employer?: string): LegacySpecRow {
  const identity = identifyClass(spec, `${id}.txt`);
  return {
    ...identity,
    employer: employer ?? identity.employer,
    id,
    version: 1,
    isLatest: 1,
    sourceName: `${id}.txt`,
    format: 'txt',
    size: spec.text.length,
    importedAt: 1,
    warningCount: spec.warnings.length,
    spec,
  };
}

/** What an older parser made of the manager's spec: the banner line for a title, a duty lost, no warnings. */
function olderParse(text: string): ClassSpec {
  const current = specFromText(text);
  return {
    ...current,
    title: 'CITY OF HOUSTON',
    duties: current.duties.slice(0, 1),
    warnings: [{ code: 'extract', message: '1 page has no text layer' }],
  };
}

async function writeOlderDatabase(name: string): Promise<void> {
  const v2 = openV2Database(name);
  const rows = [
    legacyRow('manager', olderParse(MANAGER)),
    legacyRow('clerk', specFromText(CLERK), 'Houston Water (set by the analyst)'),
  ];
  await v2.table('specs').bulkAdd(rows);
  await v2.table('summaries').bulkAdd(rows.map((row) => summarizeSpec({ ...row, parserVersion: 0 }, row.isLatest)));
  await v2.table('comparisons').add({
    name: 'Clerk vs manager',
    leftId: 'clerk',
    rightId: 'manager',
    threshold: 0.75,
    algoVersion: 3,
    overrides: [
      { kind: 'link', a: 0, b: 1 },
      { kind: 'unlink', a: 1, b: 0 },
    ],
    notes: [{ rowKey: 'factor:complexity', text: 'Manager handles escalations — “quoted” text.' }],
    createdAt: 10,
    updatedAt: 20,
  });
  await v2.table('annotations').add({
    specId: 'manager',
    classKey: 'x',
    quote: 'Oversees',
    prefix: '',
    suffix: ' daily',
    span: { start: 0, end: 8 },
    text: 'Key duty.',
    createdAt: 5,
  });
  v2.close();
}

const analystData = async (database: AppDb): Promise<string> =>
  JSON.stringify([
    await database.comparisons.toArray(),
    await database.annotations.toArray(),
    await database.studies.toArray(),
  ]);

it('re-parses on start the specs an older parser read, says how many changed, and leaves comparisons and notes byte-identical', async () => {
  const name = uniqueDbName('reparse');
  await writeOlderDatabase(name);
  const database = new AppDb(name);
  opened.push(database);
  await database.open();
  const before = await analystData(database);
  const olderManager = (await database.specs.get('manager'))?.spec;

  const seen: ReparseProgress[] = [];
  const result = await reparseOutdatedSpecs(
    (specs) => Promise.resolve(specs.map(reparseSpec)),
    (progress) => seen.push(progress),
    database,
  );

  expect(result).toEqual({ done: 2, total: 2, changed: 1 });
  expect(seen[0]).toEqual({ done: 0, total: 2, changed: 0 });
  expect(seen.at(-1)).toEqual(result);
  const manager = await database.specs.get('manager');
  const current = specFromText(MANAGER, [{ code: 'extract', message: '1 page has no text layer' }]);
  expect(manager?.spec).toEqual(current);
  expect(manager?.spec).not.toEqual(olderManager);
  expect(manager?.parserVersion).toBe(PARSER_VERSION);
  expect(manager?.title).toBe(identifyClass(current, 'manager.txt').title);
  expect(await database.summaries.get('manager')).toMatchObject({
    title: manager?.title,
    isLatest: 1,
    warnings: current.warnings.map((warning) => warning.message),
  });
  const clerk = await database.specs.get('clerk');
  expect(clerk?.parserVersion).toBe(PARSER_VERSION);
  expect(clerk?.employer).toBe('Houston Water (set by the analyst)');
  expect(await analystData(database)).toBe(before);
});

it('re-parses nothing once every spec was read by the current parser', async () => {
  const name = uniqueDbName('reparse-twice');
  await writeOlderDatabase(name);
  const database = new AppDb(name);
  opened.push(database);
  const reparse = (specs: readonly ClassSpec[]) => Promise.resolve(specs.map(reparseSpec));
  await reparseOutdatedSpecs(reparse, () => undefined, database);
  const seen: ReparseProgress[] = [];
  expect(await reparseOutdatedSpecs(reparse, (progress) => seen.push(progress), database)).toEqual({
    done: 0,
    total: 0,
    changed: 0,
  });
  expect(seen).toEqual([]);
});

it('keeps the analyst-set employer when the new reading changes the record', async () => {
  const name = uniqueDbName('reparse-employer');
  const v2 = openV2Database(name);
  const row = legacyRow('manager', olderParse(MANAGER), 'Houston Public Works');
  await v2.table('specs').add(row);
  await v2.table('summaries').add(summarizeSpec({ ...row, parserVersion: 0 }, 1));
  v2.close();
  const database = new AppDb(name);
  opened.push(database);
  expect(
    await reparseOutdatedSpecs(
      (specs) => Promise.resolve(specs.map(reparseSpec)),
      () => undefined,
      database,
    ),
  ).toMatchObject({ changed: 1 });
  expect((await database.specs.get('manager'))?.employer).toBe('Houston Public Works');
  expect((await database.summaries.get('manager'))?.employer).toBe('Houston Public Works');
});
