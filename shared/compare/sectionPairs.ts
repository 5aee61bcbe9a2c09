import type { ClassSpec, Section, Span } from '../model';
import { diffText } from '../diff';
import { normalizeText } from '../text';
import type { SectionPair } from './types';

/** Duties are aligned one by one elsewhere; these sections would only repeat them as one block. */
const ALIGNED_ELSEWHERE: ReadonlySet<Section['kind']> = new Set(['duties', 'other_duties']);

type SectionText = Readonly<{ key: string; kind: Section['kind']; heading: string; text: string; span: Span }>;

/** A section's own words: its body up to the next heading, so parents do not repeat their sub-sections. */
function ownSections(spec: ClassSpec): SectionText[] {
  const starts = spec.sections.map((section) => section.headingSpan.start).sort((x, y) => x - y);
  const result: SectionText[] = [];
  const seen = new Map<string, number>();
  for (const section of spec.sections) {
    if (ALIGNED_ELSEWHERE.has(section.kind)) continue;
    const nextHeading = starts.find((start) => start > section.headingSpan.start) ?? section.bodySpan.end;
    const end = Math.max(section.bodySpan.start, Math.min(section.bodySpan.end, nextHeading));
    const span = { start: section.bodySpan.start, end };
    const text = spec.text.slice(span.start, span.end).trim();
    const base = section.kind === 'other' ? `other:${normalizeText(section.heading)}` : section.kind;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    result.push({ key: `${base}#${occurrence}`, kind: section.kind, heading: section.heading, text, span });
  }
  return result;
}

/**
 * Pairs sections by canonical kind (the k-th "knowledge" of A with the k-th of B; unknown
 * headings by their normalized wording) and diffs each pair. A's order first, then B-only sections.
 */
export function pairSections(a: ClassSpec, b: ClassSpec): SectionPair[] {
  const sectionsA = ownSections(a);
  const sectionsB = new Map(ownSections(b).map((section) => [section.key, section]));
  const pairs: SectionPair[] = [];
  const content = (section: SectionText) => ({ heading: section.heading, text: section.text, span: section.span });
  for (const sectionA of sectionsA) {
    const sectionB = sectionsB.get(sectionA.key);
    sectionsB.delete(sectionA.key);
    pairs.push({
      kind: sectionA.kind,
      a: content(sectionA),
      b: sectionB ? content(sectionB) : null,
      ...(sectionB ? { diff: diffText(sectionA.text, sectionB.text) } : {}),
    });
  }
  for (const sectionB of sectionsB.values()) pairs.push({ kind: sectionB.kind, a: null, b: content(sectionB) });
  return pairs;
}
