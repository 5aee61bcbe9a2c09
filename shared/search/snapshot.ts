import { FIELD_COUNT, FIELDS, termTableOf, type PostingList } from './postings';
import { compactSpecIndex, type SpecIndex } from './specIndex';

/** Bumped whenever what the index holds or how it is laid out changes; an older snapshot is rebuilt. */
export const SPEC_INDEX_FORMAT = 1;

/**
 * The whole index as a few typed arrays and string lists: written to IndexedDB as is (structured
 * clone copies typed arrays as blocks), so a 20,000-class library's search is back in well under a second.
 */
export type SpecIndexSnapshot = Readonly<{
  format: number;
  fields: readonly string[];
  ids: readonly string[];
  stamps: readonly (string | null)[];
  /** Distinct tokens per document and field, by `doc * FIELD_COUNT + field`. */
  fieldLengths: Uint32Array;
  terms: readonly string[];
  /** Where each posting list (by `term * FIELD_COUNT + field`) starts in `postings`; one more entry marks the end. */
  offsets: Uint32Array;
  postings: Uint32Array;
}>;

/** The index as a snapshot; removed documents are dropped first, so the index is compacted too. */
export function toSnapshot(index: SpecIndex): SpecIndexSnapshot {
  compactSpecIndex(index);
  const slots = index.table.terms.length * FIELD_COUNT;
  const offsets = new Uint32Array(slots + 1);
  let total = 0;
  for (let slot = 0; slot < slots; slot += 1) {
    offsets[slot] = total;
    total += index.table.postings[slot]?.length ?? 0;
  }
  offsets[slots] = total;
  const postings = new Uint32Array(total);
  for (let slot = 0; slot < slots; slot += 1) {
    const list = index.table.postings[slot];
    if (list) postings.set(list.data.subarray(0, list.length), offsets[slot]);
  }
  return {
    format: SPEC_INDEX_FORMAT,
    fields: [...FIELDS],
    ids: [...(index.ids as string[])],
    stamps: [...index.stamps],
    fieldLengths: Uint32Array.from(index.fieldLengths),
    terms: [...index.table.terms],
    offsets,
    postings,
  };
}

function isUsable(snapshot: SpecIndexSnapshot): boolean {
  const slots = snapshot.terms.length * FIELD_COUNT;
  return (
    snapshot.format === SPEC_INDEX_FORMAT &&
    snapshot.fields.join() === FIELDS.join() &&
    snapshot.stamps.length === snapshot.ids.length &&
    snapshot.fieldLengths.length === snapshot.ids.length * FIELD_COUNT &&
    snapshot.offsets.length === slots + 1 &&
    snapshot.offsets[slots] === snapshot.postings.length
  );
}

/** The index a snapshot holds; null when it was written in another format (it must then be rebuilt). */
export function fromSnapshot(snapshot: SpecIndexSnapshot): SpecIndex | null {
  if (!isUsable(snapshot)) return null;
  const slots = snapshot.terms.length * FIELD_COUNT;
  const postings: (PostingList | undefined)[] = new Array<PostingList | undefined>(slots);
  for (let slot = 0; slot < slots; slot += 1) {
    const start = snapshot.offsets[slot] ?? 0;
    const end = snapshot.offsets[slot + 1] ?? start;
    if (end > start) postings[slot] = { data: snapshot.postings.subarray(start, end), length: end - start };
  }
  const fieldLengths = Array.from(snapshot.fieldLengths);
  const fieldLengthTotals = FIELDS.map(() => 0);
  fieldLengths.forEach((length, at) => {
    const field = at % FIELD_COUNT;
    fieldLengthTotals[field] = (fieldLengthTotals[field] ?? 0) + length;
  });
  return {
    table: termTableOf([...snapshot.terms], postings),
    ids: [...snapshot.ids],
    numberOf: new Map(snapshot.ids.map((id, doc) => [id, doc])),
    fieldLengths,
    fieldLengthTotals,
    stamps: [...snapshot.stamps],
    removedCount: 0,
  };
}
