import { createContext, useContext } from 'react';
import type { StoredSpec } from '../../db';

/** The two specs of the comparison on screen, so a selection in either column can be annotated on its own spec. */
export type CompareSides = Readonly<{ a: StoredSpec; b: StoredSpec }>;

export const CompareSidesContext = createContext<CompareSides | null>(null);

export const useCompareSides = (): CompareSides | null => useContext(CompareSidesContext);

export const SIDE_ATTRIBUTE = 'data-annotation-side';
export const DUTY_ATTRIBUTE = 'data-annotation-duty';
