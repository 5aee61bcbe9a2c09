import { toSearchDocument, type SearchDocument } from '../../../shared/search';
import { loadCorrected } from './corrections';
import { db } from './db';
import type { AppDb } from './schema';

/** The searchable text of the given specs as corrected; ids no longer stored are skipped. */
export async function loadSearchDocuments(ids: readonly string[], database: AppDb = db): Promise<SearchDocument[]> {
  const rows = await loadCorrected(database, await database.specs.bulkGet([...ids]));
  return rows.flatMap((row) => (row ? [toSearchDocument(row.id, row.spec)] : []));
}
