export { StudiesView } from './StudiesView';
export { StudyView } from './StudyView';
