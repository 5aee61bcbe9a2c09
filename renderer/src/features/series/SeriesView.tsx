import type { Route } from '../../app/route';

type SeriesViewProps = Readonly<{ route: Route }>;

// Owned by the comparison-views work (issue 5); replaced there.
export function SeriesView({ route }: SeriesViewProps) {
  return <section aria-label="SeriesView">{route.name}</section>;
}
