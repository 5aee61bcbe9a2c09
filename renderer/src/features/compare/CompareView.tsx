import type { Route } from '../../app/route';

type CompareViewProps = Readonly<{ route: Route }>;

// Owned by the comparison-views work (issue 5); replaced there.
export function CompareView({ route }: CompareViewProps) {
  return <section aria-label="CompareView">{route.name}</section>;
}
