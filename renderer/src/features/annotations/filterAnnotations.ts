import type { LibraryAnnotation } from '../../db';

const fold = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase();

/** Annotations whose note, tags, quote, class title, code or employer contain every word of the query. */
export function filterAnnotations(items: readonly LibraryAnnotation[], query: string): LibraryAnnotation[] {
  const words = fold(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter(({ row, summary }) => {
    const haystack = fold(
      [
        row.note,
        row.tags.join(' '),
        row.target.quote.exact,
        summary?.title ?? '',
        summary?.code ?? '',
        summary?.employer ?? '',
      ].join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  });
}
