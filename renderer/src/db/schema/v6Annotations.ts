import type { Dexie, Transaction } from 'dexie';
import { textHash } from '../../../../shared/anchoring';
import type { AnnotationRow, StoredSpec } from '../types';

/** The v1 annotation shape: one quote with context and a span, never written by any released UI but possibly present. */
type AnnotationRowV1 = Readonly<{
  id?: number;
  specId: string;
  classKey: string;
  quote: string;
  prefix: string;
  suffix: string;
  span: Readonly<{ start: number; end: number }>;
  text: string;
  createdAt: number;
}>;

const isV1 = (row: object): row is AnnotationRowV1 => 'quote' in row && !('target' in row);

async function upgradeAnnotations(tx: Transaction): Promise<void> {
  const table = tx.table<AnnotationRowV1 | AnnotationRow, number>('annotations');
  const specs = tx.table<StoredSpec, string>('specs');
  const rows = (await table.toArray()).filter(isV1);
  const upgraded = await Promise.all(
    rows.map(async (row): Promise<AnnotationRow> => {
      const spec = await specs.get(row.specId);
      const found = spec?.spec.text.slice(row.span.start, row.span.end) === row.quote;
      return {
        ...(row.id === undefined ? {} : { id: row.id }),
        classKey: row.classKey,
        specId: row.specId,
        // A quote that no longer matches its text is shown as an orphan rather than on the wrong words.
        status: found ? 'anchored' : 'orphaned',
        target: {
          quote: { exact: row.quote, prefix: row.prefix, suffix: row.suffix },
          position: row.span,
          textHash: spec ? textHash(spec.spec.text) : '',
        },
        madeOnVersion: spec?.version ?? 1,
        color: 'yellow',
        note: row.text,
        tags: [],
        createdAt: row.createdAt,
        updatedAt: row.createdAt,
      };
    }),
  );
  await table.bulkPut(upgraded);
}

/**
 * v6: annotations carry W3C-style selectors, a status (anchored / orphaned), colour, note and
 * tags; indexed by status (orphans per class) and by each tag (library-wide search).
 */
export function declareV6Annotations(database: Dexie): void {
  database.version(6).stores({ annotations: '++id, specId, classKey, status, *tags' }).upgrade(upgradeAnnotations);
}
