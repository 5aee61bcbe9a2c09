import { LibraryAnnotationsView } from '../features/annotations';
import { BestFitView } from '../features/bestfit';
import { CompareView } from '../features/compare';
import { DataView } from '../features/durability';
import { LibraryView } from '../features/library';
import { SavedComparisonsView } from '../features/saved';
import { SeriesView } from '../features/series';
import { SpecView } from '../features/spec';
import { StudiesView, StudyView } from '../features/studies';
import type { Route } from '../routing';

type RouteViewProps = Readonly<{ route: Route }>;

export function RouteView({ route }: RouteViewProps) {
  switch (route.name) {
    case 'library':
      return <LibraryView />;
    case 'spec':
      return <SpecView key={route.specId} specId={route.specId} />;
    case 'compare':
      return <CompareView route={route} />;
    case 'series':
      return <SeriesView route={route} />;
    case 'bestfit':
      return <BestFitView route={route} />;
    case 'saved':
      return <SavedComparisonsView route={route} />;
    case 'data':
      return <DataView />;
    case 'annotations':
      return <LibraryAnnotationsView />;
    case 'studies':
      return <StudiesView />;
    case 'study':
      return <StudyView key={route.studyId} studyId={route.studyId} candidate={route.candidate} />;
  }
}
