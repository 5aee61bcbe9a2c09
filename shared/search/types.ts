/** What the search index reads from one spec; built by `toSearchDocument`. */
export type SearchDocument = Readonly<{
  id: string;
  title: string;
  code: string;
  duties: string;
  /** Everything else in the document (headings, summary, qualifications, factors…). */
  text: string;
}>;

export type SearchHit = Readonly<{ id: string; score: number }>;
