import type { Line } from './lines';
import { normalizedText, type Field } from './lineShape';
import { normalizeHeading } from './headingVocabulary';

export const TITLE_LABEL =
  /^((job|class|position|post|working|classification|official|job class|civil service) )?title$|^class(ification)? name$/;
// "Job Number" and "Job ID" are left out: postings number their openings that way (requisitions), not their classes.
export const CODE_LABEL =
  /^((class|classification|job class|class specification|class spec|title) )?(code|number|no|num|id)$|^job code$/;
// Numbers of the opening, not of the class: labels of one value all the same.
const OPENING_NUMBER_LABEL =
  /^(job|requisition|posting|job posting|job opening|vacancy|position|reference)( number| no| num| id)$/;
export const GRADE_LABEL =
  /^((pay|salary|job|class) )?(grade|range|band)( level| number| no)?$|^payband$|^pay scale and grade$|^classification( level)?$|^(pay plan )?series( and)? grade$|^grades?( s)?$/;
export const JURISDICTION_LABEL = /^(jurisdiction|employer|agency|organization|municipality)$/;
export const FLSA_LABEL = /\bflsa\b|\bovertime\b/;
export const EFFECTIVE_LABEL = /^(date )?effective( date)?$|^date of effect$/;
export const ADOPTED_LABEL = /^(date )?(adopted|established|created|approved)( date)?$/;
export const REVISED_LABEL = /^(last |date )?(revised|revision|updated|amended|reviewed)( date| on)?$/;

const STACKED_LABELS = [
  TITLE_LABEL,
  CODE_LABEL,
  OPENING_NUMBER_LABEL,
  GRADE_LABEL,
  JURISDICTION_LABEL,
  FLSA_LABEL,
  EFFECTIVE_LABEL,
  ADOPTED_LABEL,
  REVISED_LABEL,
];

// "Job Title:", "Pay Grade:" and the like: labels of one value, never section headings.
export function isMetadataLabel(normalized: string): boolean {
  return STACKED_LABELS.some((label) => label.test(normalized));
}

const MARKUP_EDGE = /^(?:\*\*|__)+|(?:\*\*|__)+$/g;
const LABEL_PARTS = /\s*\/\s*/;
const VALUE_PARTS = /\s+\/\s+/;

// "Position Class Code / Title": two labels sharing one line, one of them a metadata label.
function isCompoundLabel(label: string): boolean {
  const parts = label.split(LABEL_PARTS);
  return parts.length > 1 && parts.some((part) => isMetadataLabel(normalizeHeading(part)));
}

/** "Class Code / Title" over "L4015 / Science Mus Collection Mgr,Sr": one field per label, when the value has as many parts. */
export function splitCompoundField(field: Field): Field[] {
  const labels = field.label.split(LABEL_PARTS);
  const values = field.value.split(VALUE_PARTS);
  if (labels.length < 2 || labels.length !== values.length) return [field];
  let labelFrom = 0;
  let valueFrom = 0;
  return labels.map((label, i) => {
    const value = values[i] ?? '';
    const labelAt = field.label.indexOf(label, labelFrom);
    const valueAt = field.value.indexOf(value, valueFrom);
    labelFrom = labelAt + label.length;
    valueFrom = valueAt + value.length;
    const labelStart = field.labelSpan.start + labelAt;
    const valueStart = field.valueSpan.start + valueAt;
    return {
      label,
      labelSpan: { start: labelStart, end: labelStart + label.length },
      value,
      valueSpan: { start: valueStart, end: valueStart + value.length },
      normalizedLabel: normalizeHeading(label),
    };
  });
}

const HEADING_MARK = /^#{1,6}\s+/;
const MAX_STACKED_VALUES = 3;

function stackedField(label: string, labelStart: number, normalizedLabel: string, next: Line): Field {
  const value = next.text.replace(MARKUP_EDGE, '').trim();
  const valueStart = next.content.start + next.text.indexOf(value);
  return {
    label,
    labelSpan: { start: labelStart, end: labelStart + label.length },
    value,
    valueSpan: { start: valueStart, end: valueStart + value.length },
    normalizedLabel,
  };
}

// A label alone on its line ("Job Title:") with its value on the next line, as PDF forms print them; or a web
// page's field heading ("### Job grade") over its value lines ("Other", "HL8"), each a candidate value.
export function readStackedFields(lines: readonly Line[], line: Line): Field[] {
  const isHeading = HEADING_MARK.test(line.text);
  if ((!line.text.endsWith(':') && !isHeading) || line.text.length > 48) return [];
  const label = line.text.replace(HEADING_MARK, '').replace(/:$/, '').replace(MARKUP_EDGE, '').trim();
  // The marks and colon taken off are separators to normalizeHeading, so the line's own normalized text is the label's.
  const normalizedLabel = normalizedText(line);
  if (!isMetadataLabel(normalizedLabel) && !isCompoundLabel(label)) return [];
  const labelStart = line.content.start + line.text.indexOf(label);
  const first = lines.slice(line.index + 1, line.index + 3).find((candidate) => !candidate.isBlank);
  if (first === undefined || first.text.endsWith(':') || HEADING_MARK.test(first.text)) return [];
  const fields = splitCompoundField(stackedField(label, labelStart, normalizedLabel, first));
  for (let index = first.index + 1; isHeading && fields.length < MAX_STACKED_VALUES; index += 1) {
    const next = lines[index];
    if (next === undefined || next.isBlank || HEADING_MARK.test(next.text)) break;
    fields.push(stackedField(label, labelStart, normalizedLabel, next));
  }
  return fields;
}
