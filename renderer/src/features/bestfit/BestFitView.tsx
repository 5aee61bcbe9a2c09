import type { Route } from '../../app/route';

type BestFitViewProps = Readonly<{ route: Route }>;

// Owned by the comparison-views work (issue 5); replaced there.
export function BestFitView({ route }: BestFitViewProps) {
  return <section aria-label="BestFitView">{route.name}</section>;
}
