/** What the search index reads from one spec; built by `toSearchDocument`. */
export type SearchDocument = Readonly<{
  id: string;
  title: string;
  code: string;
  duties: string;
  text: string;
}>;

export type SearchHit = Readonly<{ id: string; score: number }>;
