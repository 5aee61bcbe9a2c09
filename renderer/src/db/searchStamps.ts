import { PARSER_VERSION } from '../../../shared/spec';
import { db } from './db';
import type { AppDb } from './schema';
import type { SpecSummary } from './types';

/**
 * What each listed class's searchable text depends on besides its file: the parser that read it and
 * the corrections over it. The search index keeps the stamp a class was indexed with and indexes
 * it again when the stamp changes (a re-parse, a correction made or undone).
 */
export async function searchStamps(
  classes: readonly SpecSummary[],
  database: AppDb = db,
): Promise<Map<string, string>> {
  const [outdated, corrections] = await Promise.all([
    database.specs.where('parserVersion').below(PARSER_VERSION).primaryKeys(),
    database.corrections.toArray(),
  ]);
  const isOutdated = new Set(outdated.map(String));
  const byClass = new Map<string, string[]>();
  const bySpec = new Map<string, string[]>();
  for (const correction of corrections) {
    byClass.set(correction.classKey, [...(byClass.get(correction.classKey) ?? []), correction.id]);
    bySpec.set(correction.origin.specId, [...(bySpec.get(correction.origin.specId) ?? []), correction.id]);
  }
  const stamps = new Map<string, string>();
  for (const summary of classes) {
    const ids = new Set([...(byClass.get(summary.classKey) ?? []), ...(bySpec.get(summary.id) ?? [])]);
    const parser = isOutdated.has(summary.id) ? 'outdated' : String(PARSER_VERSION);
    stamps.set(summary.id, `${parser}|${[...ids].sort().join(',')}`);
  }
  return stamps;
}
