import type { Route } from '../../app/route';

type SavedComparisonsViewProps = Readonly<{ route: Route }>;

// Owned by the comparison-views work (issue 5); replaced there.
export function SavedComparisonsView({ route }: SavedComparisonsViewProps) {
  return <section aria-label="SavedComparisonsView">{route.name}</section>;
}
