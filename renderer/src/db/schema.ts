import { Dexie, type EntityTable } from 'dexie';
import { LibraryGate } from './libraryGate';
import type { StoredCorrection } from '../../../shared/corrections';
import { declareV4Corrections } from './schema/v4Corrections';
import { declareV6Annotations } from './schema/v6Annotations';
import { declareV7Studies } from './schema/v7Studies';
import { summarizeSpec } from './summarizeSpec';
import type { AnnotationRow, ComparisonRow, MetaRow, SpecSummary, StoredSpec, StudyRow } from './types';

export const DEFAULT_DB_NAME = 'reclass';

const SPECS_V1 = 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code';

export class AppDb extends Dexie {
  specs!: EntityTable<StoredSpec, 'id'>;
  summaries!: EntityTable<SpecSummary, 'id'>;
  comparisons!: EntityTable<ComparisonRow, 'id'>;
  annotations!: EntityTable<AnnotationRow, 'id'>;
  studies!: EntityTable<StudyRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** Whether this library may be written (read-only when a newer app version wrote it). */
  readonly gate: LibraryGate;
  corrections!: EntityTable<StoredCorrection, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME, gate: LibraryGate = new LibraryGate()) {
    super(name, gate.dexieOptions());
    this.gate = gate;
    this.use(gate.middleware());
    this.version(1).stores({
      specs: SPECS_V1,
      comparisons: '++id, [leftId+rightId], updatedAt',
      annotations: '++id, specId, classKey',
      studies: '++id, updatedAt',
      meta: 'key',
    });
    // v2: a light summary row per spec, so the library lists 5,000 classes without reading whole documents.
    this.version(2)
      .stores({ summaries: 'id, classKey, isLatest' })
      .upgrade(async (tx) => {
        const specs = await tx.table<StoredSpec, string>('specs').toArray();
        await tx.table<SpecSummary, string>('summaries').bulkPut(specs.map(summarizeSpec));
      });
    declareV4Corrections(this);
    declareV6Annotations(this);
    declareV7Studies(this);
  }
}
