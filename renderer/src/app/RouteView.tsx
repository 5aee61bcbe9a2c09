import { BestFitView } from '../features/bestfit/BestFitView';
import { CompareView } from '../features/compare/CompareView';
import { LibraryView } from '../features/library/LibraryView';
import { SavedComparisonsView } from '../features/saved/SavedComparisonsView';
import { SeriesView } from '../features/series/SeriesView';
import { SpecView } from '../features/spec/SpecView';
import { StudiesView } from '../features/studies/StudiesView';
import { StudyView } from '../features/studies/StudyView';
import type { Route } from './route';

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
    case 'studies':
      return <StudiesView />;
    case 'study':
      return <StudyView key={route.studyId} studyId={route.studyId} candidate={route.candidate} />;
  }
}
