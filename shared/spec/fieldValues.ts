import type { Line } from './lines';
import type { Field } from './lineShape';
import type { Span } from '../model';

/** A value read from the text and where it was read. */
export type Found = Readonly<{ value: string; span: Span }>;
/** A non-blank line with the label/value fields printed on it (or stacked under it). */
export type LineFields = Readonly<{ line: Line; fields: readonly Field[] }>;

export function firstField(all: readonly LineFields[], label: RegExp, value: RegExp): Found | null {
  for (const { fields } of all) {
    for (const field of fields) {
      if (!label.test(field.normalizedLabel)) continue;
      const found = matchIn(field.value, field.valueSpan.start, value);
      if (found) return found;
    }
  }
  return null;
}

export function lastField(all: readonly LineFields[], label: RegExp, value: RegExp): Found | null {
  for (let i = all.length - 1; i >= 0; i--) {
    const fields = all[i]?.fields ?? [];
    for (let j = fields.length - 1; j >= 0; j--) {
      const field = fields[j];
      if (field === undefined || !label.test(field.normalizedLabel)) continue;
      const found = matchIn(field.value, field.valueSpan.start, value);
      if (found) return found;
    }
  }
  return null;
}

export function matchIn(value: string, offset: number, pattern: RegExp): Found | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const trimmed = match[0].trim();
  if (trimmed.length === 0) return null;
  const start = offset + match.index + match[0].indexOf(trimmed);
  return { value: trimmed, span: { start, end: start + trimmed.length } };
}
