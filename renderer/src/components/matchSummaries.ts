import type { SpecSummary } from '../db';

/** "version 2 (latest)" / "older version 1"; nothing for a class with one version. */
export const versionLabel = (summary: SpecSummary): string =>
  summary.isLatest === 1
    ? summary.version > 1
      ? `· version ${summary.version} (latest)`
      : ''
    : `· older version ${summary.version}`;

export const summaryLabel = (summary: SpecSummary): string =>
  [
    summary.title,
    summary.code && `(${summary.code})`,
    summary.grade && `grade ${summary.grade}`,
    summary.employer && `— ${summary.employer}`,
    versionLabel(summary),
  ]
    .filter(Boolean)
    .join(' ');

/** Classes whose title, code or employer contain every typed word, best (title prefix) first. */
export function matchSummaries(summaries: readonly SpecSummary[], query: string, limit: number): SpecSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = summaries.filter((summary) => {
    const haystack = `${summary.title} ${summary.code} ${summary.employer} ${summary.grade}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const first = words[0] ?? '';
  // Title-prefix hits first; within each, latest versions before older ones (stable sort keeps the rest of the order).
  const rank = (summary: SpecSummary): number =>
    (summary.title.toLowerCase().startsWith(first) ? 0 : 2) + (summary.isLatest === 1 ? 0 : 1);
  return hits.sort((x, y) => rank(x) - rank(y)).slice(0, limit);
}
