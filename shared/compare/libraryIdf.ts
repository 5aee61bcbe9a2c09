import type { ClassSpec } from '../model';
import { termsOf } from '../text';
import { buildIdf, type IdfTable } from './idf';

/**
 * Term weights over every duty of a library: pass it as CompareOptions.idf so a comparison
 * weighs words by how rare they are across the library rather than across the two specs alone
 * (the library's own counts then say which words are generic). A BestFitIndex carries the same
 * table as `idf`.
 */
export function buildLibraryIdf(specs: Iterable<ClassSpec>): IdfTable {
  const documents: (readonly string[])[] = [];
  for (const spec of specs) for (const duty of spec.duties) documents.push(termsOf(duty.text));
  return buildIdf(documents);
}
