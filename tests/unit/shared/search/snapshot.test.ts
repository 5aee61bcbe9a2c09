import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  addToSpecIndex,
  createSpecIndex,
  fromSnapshot,
  indexedStamp,
  removeFromSpecIndex,
  searchSpecIndex,
  toSnapshot,
  type SearchDocument,
  type SpecIndex,
} from '../../../../shared/search';

const WORDS = [
  'meter',
  'meters',
  'billing',
  'payroll',
  'registers',
  'regulations',
  'storm',
  'drains',
  'zoning',
  'accounting',
  'reviews',
  'budget',
  'vendor',
  'inspects',
  'water',
  'route',
  'supervisor',
  'records',
];

/** A small library of varied documents, the same on every run. */
function library(count: number): SearchDocument[] {
  let state = 7;
  const next = (): number => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const words = (length: number): string =>
    Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  return Array.from({ length: count }, (_, number) => ({
    id: `doc-${number}`,
    title: words(2),
    code: String(1000 + number),
    duties: `${words(6)}.\n${words(8)}; ${words(4)}.`,
    text: `Summary: ${words(12)}. Qualifications — ${words(5)}.`,
  }));
}

const QUERIES = [
  'meter',
  'budget reviews',
  'reg',
  'payroll reg',
  'acounting',
  'storm drains',
  '1042',
  'supervisor records',
  'xylophone',
];

const results = (index: SpecIndex): string[][] =>
  QUERIES.map((query) => searchSpecIndex(index, query).map((hit) => hit.id));

describe('spec index', () => {
  it('ranks exactly as MiniSearch did with the same fields, boosts, prefix and typo rules', () => {
    const documents = library(300);
    const index = createSpecIndex();
    addToSpecIndex(index, documents);
    const engine = new MiniSearch<SearchDocument>({
      fields: ['title', 'code', 'duties', 'text'],
      storeFields: [],
      searchOptions: {
        boost: { title: 6, code: 5, duties: 2, text: 1 },
        combineWith: 'AND',
        prefix: (term, at, terms) => at === terms.length - 1 && term.length >= 3,
      },
    });
    engine.addAll(documents);
    for (const query of QUERIES) {
      let expected = engine.search(query);
      if (expected.length === 0)
        expected = engine.search(query, { fuzzy: (term) => (term.length >= 5 ? 0.2 : 0), maxFuzzy: 1 });
      const actual = searchSpecIndex(index, query);
      expect(actual.map((hit) => hit.id).sort(), query).toEqual(expected.map((hit) => String(hit.id)).sort());
      actual.forEach((hit, at) => expect(hit.score, query).toBeCloseTo(expected[at]?.score ?? Number.NaN, 9));
    }
  });

  it('finds the same after a round trip through a snapshot, and keeps taking changes', () => {
    const documents = library(200);
    const index = createSpecIndex();
    addToSpecIndex(index, documents, (id) => `stamp-${id}`);
    removeFromSpecIndex(index, ['doc-3', 'doc-50']);
    const restored = fromSnapshot(structuredClone(toSnapshot(index)));
    expect(restored).not.toBeNull();
    expect(results(restored!)).toEqual(results(index));
    expect(indexedStamp(restored!, 'doc-7')).toBe('stamp-doc-7');

    // Posting lists read back share one buffer: additions must not spill into their neighbours.
    const added = {
      id: 'new',
      title: 'Meter Shop Lead',
      code: '9999',
      duties: 'Repairs meters and registers.',
      text: 'zoning budget',
    };
    addToSpecIndex(index, [added]);
    addToSpecIndex(restored!, [added]);
    removeFromSpecIndex(index, ['doc-9']);
    removeFromSpecIndex(restored!, ['doc-9']);
    expect(results(restored!)).toEqual(results(index));
    expect(searchSpecIndex(restored!, 'shop').map((hit) => hit.id)).toEqual(['new']);
  });

  it('compacts after many removals without changing what is found', () => {
    const documents = library(400);
    const index = createSpecIndex();
    addToSpecIndex(index, documents);
    const reference = createSpecIndex();
    addToSpecIndex(reference, documents.slice(150));
    removeFromSpecIndex(
      index,
      documents.slice(0, 150).map((document) => document.id),
    );
    expect(index.ids.length - index.removedCount).toBe(250);
    expect(index.ids.length).toBeLessThan(400);
    expect(results(index)).toEqual(results(reference));
  });

  it('refuses a snapshot written in another layout', () => {
    const snapshot = toSnapshot(createSpecIndex());
    expect(fromSnapshot({ ...snapshot, format: snapshot.format + 1 })).toBeNull();
    expect(fromSnapshot({ ...snapshot, fields: ['title', 'text'] })).toBeNull();
  });
});
