import type { ClassSpec } from '../../../shared/model';
import { PARSER_VERSION } from '../../../shared/spec';
import { identifyClass } from '../../../shared/library/classIdentity';
import { db } from './db';
import type { AppDb } from './schema';
import { summarizeSpec } from './summarizeSpec';
import type { StoredSpec } from './types';

export type ReparseProgress = Readonly<{ done: number; total: number; changed: number }>;
/** Reads records again with the current parser (a Web Worker in the app). */
export type ReparseBatch = (specs: readonly ClassSpec[]) => Promise<readonly ClassSpec[]>;

const BATCH_SIZE = 25;

const fileNameOf = (sourceName: string): string => sourceName.split('/').at(-1) ?? sourceName;

/**
 * The stored row with the new record. Fields the analyst changed (they differ from what the old record gave) stay;
 * classKey and version stay too, so a class keeps its version history and saved comparisons keep their ids.
 */
function withReparsedSpec(row: StoredSpec, spec: ClassSpec): StoredSpec {
  const before = identifyClass(row.spec, fileNameOf(row.sourceName));
  const after = identifyClass(spec, fileNameOf(row.sourceName));
  const follow = (field: 'employer' | 'title' | 'code'): string =>
    row[field] === before[field] ? after[field] : row[field];
  return {
    ...row,
    parserVersion: PARSER_VERSION,
    spec,
    employer: follow('employer'),
    title: follow('title'),
    code: follow('code'),
    gradeNumber: after.gradeNumber,
    warningCount: spec.warnings.length,
  };
}

/** Writes one batch; returns how many records changed. Rows deleted or re-parsed meanwhile are left alone. */
async function storeBatch(rows: readonly StoredSpec[], specs: readonly ClassSpec[], database: AppDb): Promise<number> {
  return database.transaction('rw', database.specs, database.summaries, async () => {
    let changed = 0;
    for (const [index, row] of rows.entries()) {
      const spec = specs[index];
      const current = await database.specs.get(row.id);
      if (!spec || !current || current.parserVersion !== row.parserVersion) continue;
      if (JSON.stringify(spec) === JSON.stringify(current.spec)) {
        await database.specs.update(row.id, { parserVersion: PARSER_VERSION });
        continue;
      }
      const next = withReparsedSpec(current, spec);
      const summary = await database.summaries.get(row.id);
      await database.specs.put(next);
      await database.summaries.put(summarizeSpec(next, summary?.isLatest ?? 1));
      changed += 1;
    }
    return changed;
  });
}

/**
 * Re-parses every stored spec an older parser read, from its stored text, in batches. Only specs and their library
 * summaries are written: comparisons (overrides, notes), annotations and studies are never touched.
 */
export async function reparseOutdatedSpecs(
  reparse: ReparseBatch,
  onProgress: (progress: ReparseProgress) => void,
  database: AppDb = db,
): Promise<ReparseProgress> {
  const ids = (await database.specs.where('parserVersion').below(PARSER_VERSION).primaryKeys()).map(String);
  let progress: ReparseProgress = { done: 0, total: ids.length, changed: 0 };
  if (ids.length === 0) return progress;
  onProgress(progress);
  for (let start = 0; start < ids.length; start += BATCH_SIZE) {
    const batchIds = ids.slice(start, start + BATCH_SIZE);
    const rows = (await database.specs.bulkGet(batchIds)).filter((row): row is StoredSpec => row !== undefined);
    const changed = await storeBatch(rows, await reparse(rows.map((row) => row.spec)), database);
    progress = { done: progress.done + batchIds.length, total: ids.length, changed: progress.changed + changed };
    onProgress(progress);
  }
  return progress;
}
