export { LibraryView } from './LibraryView';
export { focusSearch } from './focusSearch';
export { collectFamilies, familyKeyOf, type FamilyGroup } from './filterClasses';
