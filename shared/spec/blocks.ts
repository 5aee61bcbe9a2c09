import type { Line } from './lines';
import { countWords, isPageFurniture, readFields, readListMarker } from './lineShape';
import { classifyNormalized, normalizeHeading } from './headingVocabulary';
import type { SectionBody } from './sections';
import type { SectionKind } from '../model';

// A run of lines with one meaning: a section's own body, or a paragraph opened by an inline label.
export type Block = Readonly<{
  kind: SectionKind;
  firstLine: number;
  endLine: number;
  // Offset where the block's text begins (after an inline label).
  start: number;
  isLabelled: boolean;
  // The heading's words name no topic; the block took the kind of the section around or before it.
  isInherited?: boolean;
}>;

function opensParagraph(lines: readonly Line[], index: number, headingLines: ReadonlySet<number>): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const previous = lines[i];
    if (previous === undefined || previous.isBlank || headingLines.has(i)) return true;
    if (!isPageFurniture(previous)) return /[.;:!?]$/.test(previous.text);
  }
  return true;
}

const MIN_ROW_VALUE_WORDS = 3;

// A row of a two-column table with a label cell and a text cell ("Typical Duties/Job Duties\tOperational
// management …"), as posting systems print their fields; a row right under another row continues its cells.
function tableRowBlock(lines: readonly Line[], line: Line): Block | null {
  const previous = lines[line.index - 1];
  if (previous !== undefined && !previous.isBlank && previous.text.includes('\t')) return null;
  const cells = line.text.split('\t').filter((cell) => cell.trim().length > 0);
  const field = readFields(line)[0];
  if (
    cells.length !== 2 ||
    field === undefined ||
    field.labelSpan.start !== line.content.start ||
    countWords(field.value) < MIN_ROW_VALUE_WORDS
  )
    return null;
  return {
    kind: classifyNormalized(field.normalizedLabel),
    firstLine: line.index,
    endLine: lines.length,
    start: field.valueSpan.start,
    isLabelled: true,
  };
}

// Paragraphs that begin with a known label and carry their text on the same line
// ("Examples of Work: Reviews ...; prepares ...", "Substitutions: Associate's degree may ..."), and the
// rows of a two-column field table, whatever their label (a row of another field ends the cell before it).
// Each runs until the next heading or the next labelled paragraph.
export function findLabelledBlocks(lines: readonly Line[], headingLines: ReadonlySet<number>): Block[] {
  const openings: Block[] = [];
  for (const line of lines) {
    if (line.isBlank || headingLines.has(line.index) || readListMarker(line) !== null) continue;
    if (line.text.includes('\t')) {
      const row = tableRowBlock(lines, line);
      if (row !== null) openings.push(row);
      continue;
    }
    const field = readFields(line)[0];
    if (field === undefined || field.labelSpan.start > line.content.start + 2 || field.value.length === 0) continue;
    const kind = classifyNormalized(field.normalizedLabel);
    if (kind === 'other' || !opensParagraph(lines, line.index, headingLines)) continue;
    openings.push({
      kind,
      firstLine: line.index,
      endLine: lines.length,
      start: field.valueSpan.start,
      isLabelled: true,
    });
  }
  return openings.map((block, i) => {
    let end = openings[i + 1]?.firstLine ?? lines.length;
    for (let j = block.firstLine + 1; j < end; j++) {
      if (headingLines.has(j)) end = j;
    }
    return { ...block, endLine: end };
  });
}

const DUTY_KINDS: ReadonlySet<SectionKind> = new Set(['duties', 'other_duties']);

// One block per section body. An unknown heading takes the meaning of the section it sits in
// (a sub-heading), and an unknown line that opens a list right after a duty list is a group of
// duties ("BUDGET AND FINANCE" followed by bullets), not a new topic.
export function sectionBlocks(lines: readonly Line[], bodies: readonly SectionBody[]): Block[] {
  // `hasOtherTopic`: a sub-heading of another known kind came first ("CONTACT DETAILS" under the duties), so later unknown ones are not duties.
  const open: { level: number; kind: SectionKind; hasOtherTopic: boolean }[] = [];
  let previousKind: SectionKind | null = null;
  return bodies.map(({ section, firstLine, endLine, start }) => {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= section.level) open.pop();
    const parent = open[open.length - 1];
    const parentKind = parent?.hasOtherTopic ? 'other' : parent?.kind;
    let kind = section.kind;
    if (parent !== undefined && kind !== 'other' && kind !== parent.kind) parent.hasOtherTopic = true;
    if (kind === 'other' && parentKind !== undefined) kind = parentKind;
    else if (
      kind === 'other' &&
      previousKind !== null &&
      DUTY_KINDS.has(previousKind) &&
      !isAddressedToReader(section.heading) &&
      opensList(lines, firstLine, endLine)
    ) {
      kind = previousKind;
    }
    open.push({ level: section.level, kind, hasOtherTopic: false });
    previousKind = kind;
    return {
      kind,
      firstLine,
      endLine,
      start,
      isLabelled: false,
      ...(kind === section.kind ? {} : { isInherited: true }),
    };
  });
}

// "We're interested in people who:", "An excellent candidate will:": a posting turning to the reader, not a group of duties.
const ADDRESSED_TO_READER = /\b(we|were|weve|you|youll|youre|your|our|who|will|candidates?|people|person|ideal)\b/;

function isAddressedToReader(heading: string): boolean {
  return ADDRESSED_TO_READER.test(normalizeHeading(heading));
}

function opensList(lines: readonly Line[], firstLine: number, endLine: number): boolean {
  for (let i = firstLine; i < endLine; i++) {
    const line = lines[i];
    if (line === undefined || line.isBlank) continue;
    return readListMarker(line) !== null || line.text.includes('\t');
  }
  return false;
}
