export { SeriesView } from './SeriesView';
