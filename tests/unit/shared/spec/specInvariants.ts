import { expect } from 'vitest';
import type { ParsedSpec, Span } from '../../../../shared/model';

const PAGE_FURNITURE_LINE = /^[ \t]*(?:page \d+ of \d+|.*\bcont\.{3})[ \t]*$/gim;

function normalize(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function expectWithin(span: Span, length: number, what: string): void {
  expect(span.start, what).toBeGreaterThanOrEqual(0);
  expect(span.end, what).toBeLessThanOrEqual(length);
  expect(span.start, what).toBeLessThanOrEqual(span.end);
}

/** Every span lies inside the text, and what it covers is the value the record claims. */
export function expectSpansMatch(spec: ParsedSpec): void {
  const { text } = spec;
  const slice = (span: Span): string => text.slice(span.start, span.end);
  for (const [field, span] of Object.entries(spec.spans)) {
    expectWithin(span, text.length, field);
    const value = spec[field as keyof typeof spec.spans];
    if (typeof value === 'string' && field !== 'flsa') expect(normalize(slice(span)), field).toBe(value);
  }
  for (const section of spec.sections) {
    for (const span of [section.span, section.headingSpan, section.bodySpan])
      expectWithin(span, text.length, section.heading);
    expect(slice(section.headingSpan).trim()).toBe(section.heading);
    expect(section.span.start).toBeLessThanOrEqual(section.headingSpan.start);
    expect(section.span.end).toBeGreaterThanOrEqual(section.bodySpan.end);
  }
  for (const duty of spec.duties) {
    expectWithin(duty.span, text.length, duty.text);
    // Page furniture printed inside a duty is the only text its span may hold beyond the statement.
    expect(normalize(slice(duty.span).replace(PAGE_FURNITURE_LINE, ''))).toBe(normalize(duty.text));
  }
  for (const statement of Object.values(spec.factorStatements)) {
    expectWithin(statement.span, text.length, statement.key);
    expect(normalize(slice(statement.span))).toBe(statement.text);
  }
  const { qualifications } = spec;
  for (const located of [...qualifications.substitutions, ...qualifications.licenses]) {
    expectWithin(located.span, text.length, located.value);
    expect(normalize(slice(located.span)).endsWith(located.value)).toBe(true);
  }
  for (const span of [qualifications.educationSpan, qualifications.experienceSpan, spec.familySpan]) {
    if (span) expectWithin(span, text.length, 'qualification or family');
  }
  if (spec.familySpan) {
    const familyText = normalize(slice(spec.familySpan));
    for (const title of spec.family) expect(familyText).toContain(title);
  }
  for (const warning of spec.warnings) if (warning.span) expectWithin(warning.span, text.length, warning.code);
}
