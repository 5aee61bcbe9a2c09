/** A term's entries in an inverted index: the ids (classes, activities) whose vector holds it, and its weight there. */
export type PostingList = Readonly<{ ids: Int32Array; weights: Float64Array }>;
export type Postings = ReadonlyMap<string, PostingList>;

/** The inverted index of weighted term vectors, `vectors[id]` being id's terms with their weights. */
export function buildPostings(vectors: readonly Iterable<readonly [string, number]>[]): Postings {
  const lists = new Map<string, { ids: number[]; weights: number[] }>();
  vectors.forEach((vector, id) => {
    for (const [term, weight] of vector) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { ids: [], weights: [] }));
      list.ids.push(id);
      list.weights.push(weight);
    }
  });
  return new Map(
    [...lists].map(([term, list]) => [
      term,
      { ids: Int32Array.from(list.ids), weights: Float64Array.from(list.weights) },
    ]),
  );
}
