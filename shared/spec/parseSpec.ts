import { findLabelledBlocks, sectionBlocks } from './blocks';
import { readDocumentKind } from './documentKind';
import { readDuties, type DutyReadingNotes } from './duties';
import { readLeadInDuties } from './leadInDuties';
import { readFactorStatements } from './factorStatements';
import { readFamily } from './family';
import { findHeadings } from './headings';
import { splitLines } from './lines';
import { readMetadata } from './metadata';
import { readQualifications } from './qualifications';
import { buildSections, withoutValueLabels } from './sections';
import type { ParsedSpec, Qualifications, SpecWarning } from '../model';

// Markdown and marked PDF lines rank 1–6; a title read from one of them has only site chrome above it.
const MARKUP_TITLE_RANKS = 6;
const NO_QUALIFICATIONS: Qualifications = { education: null, experienceYears: null, substitutions: [], licenses: [] };
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

function withoutLevelSpans(spans: ParsedSpec['spans']): ParsedSpec['spans'] {
  const { code: _codeSpan, grade: _gradeSpan, ...seriesSpans } = spans;
  return seriesSpans;
}

function isUnreadable(text: string): boolean {
  const sample = text.slice(0, 4096);
  const controls = sample.match(CONTROL_CHARACTERS)?.length ?? 0;
  return controls > 8 && controls > sample.length * 0.02;
}

/**
 * Reads a class specification from normalized text (NFC, LF line ends) into a structured record:
 * metadata, every printed heading with its canonical kind, duty statements, minimum qualifications,
 * factor statements and the job family, each with the span of `text` it came from (factor
 * readings are the import core's next stage: `specFromText` in shared/import). Never throws:
 * what could not be read is reported in `warnings`, and unknown layouts keep the headings and
 * title found by shape. Series specs and job lists are flagged by `documentKind` and a warning.
 */
export function parseSpec(text: string): ParsedSpec {
  const warnings: SpecWarning[] = [];
  if (!/\S/.test(text)) {
    warnings.push({ code: 'empty', message: 'The document has no text to read.' });
  } else if (isUnreadable(text)) {
    warnings.push({
      code: 'unreadable',
      message: 'The text is mostly control characters: the file is probably binary or in an unsupported encoding.',
    });
  }
  const isReadable = warnings.length === 0;
  const lines = isReadable ? splitLines(text) : [];
  const allHeadings = findHeadings(lines);
  const metadata = readMetadata(text, lines, allHeadings);
  // Marked lines a printed page sets above its "# Title" (site name, breadcrumbs) are its letterhead, not sections.
  const titleHeading = allHeadings.find((heading) => heading.lineIndex === metadata.titleLineIndex);
  const firstLine =
    titleHeading !== undefined && titleHeading.rank <= MARKUP_TITLE_RANKS ? titleHeading.lineIndex + 1 : 0;
  const headings = withoutValueLabels(
    lines,
    allHeadings.filter((heading) => heading.lineIndex >= firstLine && heading.lineIndex !== metadata.titleLineIndex),
  );
  const { sections, bodies } = buildSections(text, lines, headings);
  const reading = readDocumentKind(text, lines, bodies, metadata.titleLineIndex);
  if (reading.warning) warnings.push(reading.warning);
  const isClass = reading.kind === 'class' && isReadable;
  const headingLines = new Set(headings.map((heading) => heading.lineIndex));
  const labelled = isClass ? findLabelledBlocks(lines, headingLines) : [];
  const hasLabelledTopics = labelled.some((block) => block.kind !== 'other');
  const blocks = sectionBlocks(lines, bodies);
  const dutyNotes: DutyReadingNotes = { paragraphsSplitByShape: 0 };
  const headingDuties = isClass ? readDuties(text, lines, blocks, labelled, dutyNotes) : [];
  const leadIn = isClass && headingDuties.length === 0 ? readLeadInDuties(text, lines, headingLines, dutyNotes) : null;
  const duties = leadIn?.duties.length ? leadIn.duties : headingDuties;
  const qualifications = isClass ? readQualifications(text, lines, blocks, labelled) : NO_QUALIFICATIONS;
  const family = isClass ? readFamily(lines, bodies) : { titles: [] };
  const factorStatements = isClass ? readFactorStatements(text, sections, qualifications, metadata.spans.grade) : {};
  if (isReadable) {
    if (metadata.title === null) warnings.push({ code: 'no-title', message: 'No class title was found.' });
    if (sections.length === 0 && reading.kind === 'class') {
      const message = hasLabelledTopics
        ? 'No headings on lines of their own were found; only labels printed inline with their text ("DUTIES: ...") were read.'
        : 'No section headings were recognized; the layout is unknown.';
      warnings.push({ code: 'no-sections', message });
    }
    if (isClass && duties.length === 0) warnings.push({ code: 'no-duties', message: 'No duty statements were found.' });
    if (isClass && dutyNotes.paragraphsSplitByShape > 0) {
      const count = dutyNotes.paragraphsSplitByShape;
      warnings.push({
        code: 'duties-by-shape',
        message: `${count} paragraph${count === 1 ? ' was' : 's were'} split into duties by line shape (no bullets or numbers): check where each duty begins.`,
      });
    }
    if (leadIn?.warning) warnings.push(leadIn.warning);
    if (isClass && dutyNotes.endedAtKnowledge) {
      const span = dutyNotes.endedAtKnowledge;
      warnings.push({
        code: 'duties-end-by-shape',
        message:
          'The duty paragraphs were taken to end where a paragraph on the knowledge the work requires begins (no heading marks it): check the last duty.',
        span: { start: span.start, end: Math.min(span.end, span.start + 80) },
      });
    }
    warnings.push(...metadata.guesses);
  }
  // A series spec's code and grade belong to one of its levels only.
  const isSeries = reading.kind === 'series';
  // Written out rather than spread from `metadata`: object rest and spread cost more than the rest of this function.
  return {
    title: metadata.title,
    code: isSeries ? null : metadata.code,
    grade: isSeries ? null : metadata.grade,
    payPlan: metadata.payPlan,
    salaryRange: metadata.salaryRange,
    jurisdiction: metadata.jurisdiction,
    flsa: metadata.flsa,
    effectiveDate: metadata.effectiveDate,
    revisedDate: metadata.revisedDate,
    spans: isSeries ? withoutLevelSpans(metadata.spans) : metadata.spans,
    sections,
    duties,
    qualifications,
    factorStatements,
    family: family.titles,
    ...(family.span ? { familySpan: family.span } : {}),
    documentKind: !isReadable || (isClass && sections.length === 0 && !hasLabelledTopics) ? 'unknown' : reading.kind,
    warnings,
    text,
  };
}
