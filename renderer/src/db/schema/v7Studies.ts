import type { Dexie, Transaction } from 'dexie';
import { createStudy } from '../../../../shared/study';

type LegacyStudy = Readonly<{
  id?: number;
  name?: string;
  decision?: string;
  rationale?: string;
  createdAt?: number;
  updatedAt?: number;
}>;

const legacyUid = (id: number | undefined): string => `legacy-study-${id ?? 0}`;

/** A v1 study row (name, decision text, rationale) as a full study record, keeping what it said. */
function upgradeLegacy(row: LegacyStudy & Record<string, unknown>): Record<string, unknown> {
  if (typeof row.uid === 'string') return row;
  const now = row.createdAt ?? 0;
  const study = createStudy({
    uid: legacyUid(row.id),
    name: row.name?.trim() || `Study ${row.id ?? ''}`.trim(),
    now,
  });
  const notes = row.decision?.trim()
    ? `Decision recorded before studies had a decision form: ${row.decision.trim()}`
    : '';
  return {
    ...study,
    id: row.id,
    notes,
    decision: { ...study.decision, rationale: row.rationale ?? '' },
    updatedAt: row.updatedAt ?? now,
  };
}

/**
 * v7: studies get a cross-machine identity (`uid`, unique) so a study bundle can tell the same
 * study from a new one; earlier rows become full study records.
 */
export function declareV7Studies(database: Dexie): void {
  database
    .version(7)
    .stores({ studies: '++id, updatedAt, &uid' })
    .upgrade(async (tx: Transaction) => {
      await tx
        .table('studies')
        .toCollection()
        .modify((row: LegacyStudy & Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgradeLegacy(row);
        });
    });
}
