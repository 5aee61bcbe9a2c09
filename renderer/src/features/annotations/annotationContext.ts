import { createContext, useContext } from 'react';
import type { AnnotationMark } from './passageSegments';

export type AnnotationView = Readonly<{ text: string; marks: readonly AnnotationMark[] }>;

/** The annotations drawn over the spec on screen; absent outside an annotatable spec (then text is drawn plain). */
export const AnnotationViewContext = createContext<AnnotationView | null>(null);

export const useAnnotationView = (): AnnotationView | null => useContext(AnnotationViewContext);
