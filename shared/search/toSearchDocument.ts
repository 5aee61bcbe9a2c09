import type { ClassSpec } from '../model';
import type { SearchDocument } from './types';

/** The text outside the duty statements, so a duty word is indexed (and scored) once, in the duties field. */
function textOutsideDuties(spec: ClassSpec): string {
  const spans = spec.duties.map((duty) => duty.span).sort((a, b) => a.start - b.start);
  let body = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start > cursor) body += `${spec.text.slice(cursor, span.start)}\n`;
    cursor = Math.max(cursor, span.end);
  }
  return body + spec.text.slice(cursor);
}

/** The searchable fields of one stored spec: title, code, duty statements and the rest of the text. */
export function toSearchDocument(id: string, spec: ClassSpec): SearchDocument {
  return {
    id,
    title: spec.title ?? '',
    code: spec.code ?? '',
    duties: spec.duties.map((duty) => duty.text).join('\n'),
    text: textOutsideDuties(spec),
  };
}
