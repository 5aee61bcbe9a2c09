import type { Line } from './lines';
import type { Field } from './lineShape';
import { normalizeHeading } from './headingVocabulary';

export const TITLE_LABEL = /^((job|class|position|post|working|classification|official|job class|civil service) )?title$|^class(ification)? name$/;
export const CODE_LABEL = /^((job|class|classification|job class|class specification|class spec|title) )?(code|number|no|num|id)$/;
export const GRADE_LABEL =
  /^((pay|salary|job|class) )?(grade|range|band)( level| number| no)?$|^payband$|^pay scale and grade$|^classification( level)?$|^(pay plan )?series( and)? grade$|^grades?( s)?$/;
export const JURISDICTION_LABEL = /^(jurisdiction|employer|agency|organization|municipality)$/;
export const FLSA_LABEL = /\bflsa\b|\bovertime\b/;
export const EFFECTIVE_LABEL = /^(date )?effective( date)?$|^date of effect$/;
export const ADOPTED_LABEL = /^(date )?(adopted|established|created|approved)( date)?$/;
export const REVISED_LABEL = /^(last |date )?(revised|revision|updated|amended|reviewed)( date| on)?$/;

const STACKED_LABELS = [TITLE_LABEL, CODE_LABEL, GRADE_LABEL, JURISDICTION_LABEL, FLSA_LABEL, EFFECTIVE_LABEL, ADOPTED_LABEL, REVISED_LABEL];

// "Job Title:", "Pay Grade:" and the like: labels of one value, never section headings.
export function isMetadataLabel(normalized: string): boolean {
  return STACKED_LABELS.some((label) => label.test(normalized));
}

const MARKUP_EDGE = /^(?:\*\*|__)+|(?:\*\*|__)+$/g;

// A label alone on its line ("Job Title:") with its value on the next line, as PDF forms print them.
export function readStackedField(lines: readonly Line[], line: Line): Field | null {
  if (!line.text.endsWith(':') || line.text.length > 40) return null;
  const label = line.text.slice(0, -1).replace(MARKUP_EDGE, '').trim();
  const normalizedLabel = normalizeHeading(label);
  if (!isMetadataLabel(normalizedLabel)) return null;
  const next = lines.slice(line.index + 1, line.index + 3).find((candidate) => !candidate.isBlank);
  if (next === undefined || next.text.endsWith(':')) return null;
  const value = next.text.replace(MARKUP_EDGE, '').trim();
  const valueStart = next.content.start + next.text.indexOf(value);
  const labelStart = line.content.start + line.text.indexOf(label);
  return {
    label,
    labelSpan: { start: labelStart, end: labelStart + label.length },
    value,
    valueSpan: { start: valueStart, end: valueStart + value.length },
    normalizedLabel,
  };
}
