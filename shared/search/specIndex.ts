import {
  appendPosting,
  compactPostings,
  createTermTable,
  FIELD_COUNT,
  FIELDS,
  termNumber,
  type TermTable,
} from './postings';
import type { SearchDocument } from './types';

/**
 * A full-text index over specs; mutable so imports can be added one by one without a rebuild.
 * Documents are numbered in the order they were added; a removed one keeps its number (its id
 * becomes null) until the index is compacted, so removal never has to find the document's terms.
 */
export type SpecIndex = {
  table: TermTable;
  ids: (string | null)[];
  numberOf: Map<string, number>;
  /** Distinct tokens per field, by `doc * FIELD_COUNT + field` (BM25's field length). */
  fieldLengths: number[];
  /** Sum of the field lengths of the documents present, per field. */
  fieldLengthTotals: number[];
  /** Set per document to what the caller indexed it from (e.g. the corrections it had then). */
  stamps: (string | null)[];
  removedCount: number;
};

// The tokenizer MiniSearch uses by default, so words split as they did before the index was our own.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

export const tokenize = (text: string): string[] => text.split(SPACE_OR_PUNCTUATION);

/** A new, empty index. */
export function createSpecIndex(): SpecIndex {
  return {
    table: createTermTable(),
    ids: [],
    numberOf: new Map(),
    fieldLengths: [],
    fieldLengthTotals: FIELDS.map(() => 0),
    stamps: [],
    removedCount: 0,
  };
}

function addOne(index: SpecIndex, searchDocument: SearchDocument, stamp: string | null): void {
  const doc = index.ids.length;
  index.ids.push(searchDocument.id);
  index.stamps.push(stamp);
  index.numberOf.set(searchDocument.id, doc);
  FIELDS.forEach((field, fieldNumber) => {
    const tokens = tokenize(searchDocument[field]);
    const frequencies = new Map<string, number>();
    for (const token of tokens) {
      const term = token.toLowerCase();
      if (term) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    }
    const length = new Set(tokens).size;
    index.fieldLengths[doc * FIELD_COUNT + fieldNumber] = length;
    index.fieldLengthTotals[fieldNumber] = (index.fieldLengthTotals[fieldNumber] ?? 0) + length;
    for (const [term, frequency] of frequencies)
      appendPosting(index.table, termNumber(index.table, term), fieldNumber, doc, frequency);
  });
}

function removeOne(index: SpecIndex, id: string): void {
  const doc = index.numberOf.get(id);
  if (doc === undefined) return;
  index.numberOf.delete(id);
  index.ids[doc] = null;
  index.stamps[doc] = null;
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    index.fieldLengthTotals[field] =
      (index.fieldLengthTotals[field] ?? 0) - (index.fieldLengths[doc * FIELD_COUNT + field] ?? 0);
  }
  index.removedCount += 1;
  // Removed documents still cost a skip on every scan; past a quarter of the index, drop them.
  if (index.removedCount > 64 && index.removedCount * 4 > index.ids.length) compactSpecIndex(index);
}

/** Adds documents, replacing any already indexed under the same id; `stamp` is kept with each. */
export function addToSpecIndex(
  index: SpecIndex,
  documents: readonly SearchDocument[],
  stamp: (id: string) => string | null = () => null,
): void {
  for (const searchDocument of documents) {
    removeOne(index, searchDocument.id);
    addOne(index, searchDocument, stamp(searchDocument.id));
  }
}

/** Removes documents by id; unknown ids are ignored. */
export function removeFromSpecIndex(index: SpecIndex, ids: readonly string[]): void {
  for (const id of ids) removeOne(index, id);
}

export function isIndexed(index: SpecIndex, id: string): boolean {
  return index.numberOf.has(id);
}

export function indexedCount(index: SpecIndex): number {
  return index.numberOf.size;
}

/** The stamp a document was indexed with; undefined when it is not indexed. */
export function indexedStamp(index: SpecIndex, id: string): string | null | undefined {
  const doc = index.numberOf.get(id);
  return doc === undefined ? undefined : (index.stamps[doc] ?? null);
}

/** The ids in the index. */
export function indexedIds(index: SpecIndex): string[] {
  return [...index.numberOf.keys()];
}

/** Renumbers the documents present from 0 and drops the removed ones from every posting list. */
export function compactSpecIndex(index: SpecIndex): void {
  if (index.removedCount === 0) return;
  const renumber = new Int32Array(index.ids.length).fill(-1);
  const ids: string[] = [];
  const stamps: (string | null)[] = [];
  const fieldLengths: number[] = [];
  index.ids.forEach((id, doc) => {
    if (id === null) return;
    renumber[doc] = ids.length;
    ids.push(id);
    stamps.push(index.stamps[doc] ?? null);
    for (let field = 0; field < FIELD_COUNT; field += 1)
      fieldLengths.push(index.fieldLengths[doc * FIELD_COUNT + field] ?? 0);
  });
  compactPostings(index.table, renumber);
  index.ids = ids;
  index.stamps = stamps;
  index.fieldLengths = fieldLengths;
  index.numberOf = new Map(ids.map((id, doc) => [id, doc]));
  index.removedCount = 0;
}
