import type { ClassSpec } from '../spec/types';
import type { SearchDocument } from './types';

/** The searchable fields of one stored spec: title, code, duty statements and the whole text. */
export function toSearchDocument(id: string, spec: ClassSpec): SearchDocument {
  return {
    id,
    title: spec.title ?? '',
    code: spec.code ?? '',
    duties: spec.duties.map((duty) => duty.text).join('\n'),
    text: spec.text,
  };
}
