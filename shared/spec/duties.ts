import { isCatchAllDuty } from '../text';
import type { Block } from './blocks';
import type { Line } from './lines';
import { collapseSpace } from './lines';
import { isAllCaps, isBannerLine, isPageFurniture, readListMarker } from './lineShape';
import { classifyHeading } from './headingVocabulary';
import type { Duty, DutyCategory, Span } from '../model';
import { splitVerbLines } from './verbLines';
import { readTableRow } from './dutyTableRows';

// Every draft has every field (some undefined): one object shape keeps the line loop's property reads fast.
type Draft = {
  start: number;
  end: number;
  parts: Span[];
  percentTime: number | undefined;
  isListItem: boolean;
  lineCount: number;
  isSentencePerLine: boolean;
  indent: number | undefined;
};

// One alternation, so each statement is scanned once.
const BOILERPLATE = new RegExp(
  [
    '\\bmay not perform all\\b',
    '\\bmay not be (all[- ]inclusive|included)\\b',
    '\\bnot (necessarily )?(all[- ]inclusive|exhaustive|intended to be (all[- ]inclusive|exhaustive|complete))\\b',
    '\\bnor do the listed examples\\b',
    '\\b(are|is) (intended to be )?illustrative only\\b',
    '\\bnot (an? )?(exhaustive|complete|comprehensive) list\\b',
  ].join('|'),
  'i',
);
const LONE_MARKER = /^(?:[•\-*▪◦●–·‣○■□➢►✓❖]|\(?\d{1,3}[.)]|\([A-Za-z]\)|[A-Za-z][.)])$/;
const INLINE_LABEL = /^(?:\*\*|__)?([A-Z][A-Za-z ,&/'’()-]{1,50}?)(?:\*\*|__)?:(?:\*\*|__)?\s+/;
const PERCENT_SUFFIX = /(?:\s*[(\[](\d{1,3}(?:\.\d+)?)\s?%[)\]]|[.;:\-–]\s+(\d{1,3}(?:\.\d+)?)\s?%)\s*$/;
const DUTY_KINDS = new Set(['duties', 'other_duties']);

function isBoilerplate(value: string): boolean {
  return BOILERPLATE.test(value);
}

// A page header the extractor kept ("CITY OF HOUSTON" atop page 2) is not a duty.
function isRepeatedLetterhead(line: Line): boolean {
  return line.text.length <= 60 && !/[.;]$/.test(line.text) && isAllCaps(line.text) && isBannerLine(line);
}

// "A Water Utility Worker II performs skilled work…", "Under general supervision, …": a class concept, not a task.
const CONCEPT_OPENING = /^(?:an?|the|this|under|incumbents?|employees?|positions?)\b/i;

const LEADING_NUMBER = /^(?:\(?\d{1,3}[.)]|[•\-*–])\s+/;
const ADDRESS_TO_READER =
  /^(?:if|please|we|we['’]re|our|you|you['’]ll|your|for (?:more|further)|note|to apply|applicants?|candidates?)\b/i;

function startsLowerCase(value: string): boolean {
  return /^\p{Ll}/u.test(value);
}

/** What the duty reader had to infer, for the record's warnings. */
export type DutyReadingNotes = { paragraphsSplitByShape: number; endedAtKnowledge?: Span };

// "Mastery of …", "Expert knowledge of …", "Ability to …": what the work requires, where a position description turns from duties to its factors.
const KNOWLEDGE_OPENING =
  /^(?:(?:thorough|expert|extensive|comprehensive|working|general|advanced) )?(?:knowledge of|skills? in|ability to|mastery of|expertise in|proficiency in)\b/i;

function finishDraft(text: string, draft: Draft, category: DutyCategory, notes: DutyReadingNotes): Duty[] {
  if (draft.isSentencePerLine && draft.lineCount > 1 && !draft.isListItem) {
    notes.paragraphsSplitByShape += 1;
    return splitSentenceLines(text, draft, category);
  }
  const verbItems = draft.isListItem || draft.lineCount < 2 ? null : splitVerbLines(text, draft.parts);
  if (verbItems !== null) {
    notes.paragraphsSplitByShape += 1;
    return verbItems.flatMap((parts) => finishDraft(text, itemDraft(parts), category, notes));
  }
  let { start, end } = draft;
  let percentTime = draft.percentTime;
  const label = INLINE_LABEL.exec(text.slice(start, Math.min(end, start + 80)));
  if (label?.[1] !== undefined && DUTY_KINDS.has(classifyHeading(label[1]))) start += label[0].length;
  const body = text.slice(start, end);
  const suffix = body.includes('%') ? PERCENT_SUFFIX.exec(body) : null;
  if (suffix && percentTime === undefined) {
    percentTime = Number(suffix[1] ?? suffix[2]);
    end = start + suffix.index + (suffix[0].startsWith('.') || suffix[0].startsWith(';') ? 1 : 0);
  }
  // Built from the lines' own text so page furniture inside the span stays out of the statement.
  const pieces = draft.parts
    .map((part) => ({ start: Math.max(part.start, start), end: Math.min(part.end, end) }))
    .filter((part) => part.end > part.start)
    .map((part) => text.slice(part.start, part.end));
  const value = collapseSpace(pieces.join(' '));
  if (!/\p{L}/u.test(value) || value.endsWith(':') || isBoilerplate(value)) return [];
  return [{ text: value, category, span: { start, end }, ...(percentTime === undefined ? {} : { percentTime }) }];
}

// One item of a list printed without bullets, finished like a bulleted one.
function itemDraft(parts: readonly Span[]): Draft {
  const start = parts[0]?.start ?? 0;
  const end = parts[parts.length - 1]?.end ?? start;
  return {
    start,
    end,
    parts: [...parts],
    percentTime: undefined,
    isListItem: true,
    lineCount: parts.length,
    isSentencePerLine: false,
    indent: undefined,
  };
}

// A paragraph whose every line is one whole sentence is a list printed without bullets.
function splitSentenceLines(text: string, draft: Draft, category: DutyCategory): Duty[] {
  return draft.parts
    .map((part) => ({ span: part, value: collapseSpace(text.slice(part.start, part.end)) }))
    .filter(({ value }) => value.length > 0 && !isBoilerplate(value))
    .map(({ span, value }) => ({ text: value, category, span }));
}

function newDraft(
  start: number,
  end: number,
  isListItem: boolean,
  isSentencePerLine: boolean,
  percentTime?: number,
  indent?: number,
): Draft {
  return { start, end, parts: [{ start, end }], percentTime, isListItem, lineCount: 1, isSentencePerLine, indent };
}

// Duty statements of one block up to `endLine`; a labelled block starts after its label.
export function segmentDuties(
  text: string,
  lines: readonly Line[],
  block: Block,
  endLine: number,
  category: DutyCategory,
  notes: DutyReadingNotes,
): Duty[] {
  const duties: Duty[] = [];
  let draft: Draft | null = null;
  let sawBlank = false;
  let isMarkerPending = false;
  // Prose printed before a list ("…performs skilled work. Examples of duties include:") introduces the list.
  let firstListDuty: number | null = null;
  let isIntroBeforeList = false;
  let isPastDuties = false;
  const markListStart = (): void => {
    firstListDuty ??= duties.length;
  };
  const flush = (): void => {
    const finished: Draft | null = draft;
    draft = null;
    if (finished === null) return;
    if (isPastDuties) return;
    // A paragraph after the list that turns to the reader ("If this sounds like you, please apply") describes no work.
    if (
      firstListDuty !== null &&
      !finished.isListItem &&
      ADDRESS_TO_READER.test(text.slice(finished.start, finished.end))
    )
      return;
    // Duty paragraphs followed, with no heading, by the knowledge the work requires: the duties ended there.
    if (!finished.isListItem && duties.length > 0 && KNOWLEDGE_OPENING.test(text.slice(finished.start, finished.end))) {
      isPastDuties = true;
      notes.endedAtKnowledge ??= { start: finished.start, end: finished.end };
      return;
    }
    duties.push(...finishDraft(text, finished, category, notes));
  };
  for (let i = block.firstLine; i < endLine; i++) {
    const line = lines[i];
    if (line === undefined || isPageFurniture(line) || isRepeatedLetterhead(line)) continue;
    if (line.isBlank) {
      sawBlank = true;
      continue;
    }
    const contentStart = Math.max(line.content.start, block.start);
    const lineText = text.slice(contentStart, line.content.end);
    if (lineText.trim().length === 0) continue;
    if (lineText.includes('\t')) {
      flush();
      markListStart();
      const row = readTableRow(text, line);
      const cells = line.text.split('\t').filter((cell) => cell.trim().length > 0);
      if (row && row.percentTime !== undefined && cells.length === 2) {
        // "1. Lead the delivery of …\t60%" whose text wraps onto the lines below: one duty, its share of time kept.
        const marker = LEADING_NUMBER.exec(text.slice(row.span.start, row.span.end));
        const start = row.span.start + (marker?.[0].length ?? 0);
        draft = newDraft(start, row.span.end, true, false, row.percentTime);
      } else if (row) duties.push({ ...row, category });
    } else {
      const marker = readListMarker(line);
      const current: Draft | null = draft;
      if (LONE_MARKER.test(line.text)) {
        // PDF text often prints the bullet on its own line, the item on the next.
        flush();
        isMarkerPending = true;
        sawBlank = false;
        continue;
      }
      const isSentence = /^\p{Lu}/u.test(lineText) && /[.;]$/.test(lineText);
      if (marker === null && lineText.endsWith(':')) {
        // An introduction ("Examples of duties include:") is not a duty; if it began on earlier lines, drop those too.
        const endsParagraph = current !== null && !sawBlank;
        if (endsParagraph && !/[.;!?]$/.test(text.slice(current.start, current.end))) draft = null;
        flush();
        // Prose closed by "…duties include:" introduces the list; a paragraph standing before an "Also:" line is a duty of its own.
        if (firstListDuty === null && (endsParagraph || duties.length === 0)) isIntroBeforeList = true;
      } else if (
        marker !== null &&
        current?.isListItem === true &&
        line.content.start - line.start > (current.indent ?? 0) + 1
      ) {
        // A nested list ("1. Create safety by:" then indented "* setting clear expectations") belongs to its item.
        current.end = line.content.end;
        current.parts.push({ start: marker.textStart, end: line.content.end });
        current.lineCount++;
      } else if (marker !== null) {
        flush();
        markListStart();
        draft = newDraft(
          marker.textStart,
          line.content.end,
          true,
          false,
          marker.percentTime,
          line.content.start - line.start,
        );
      } else if (isMarkerPending) {
        markListStart();
        draft = newDraft(contentStart, line.content.end, true, false);
      } else if (current !== null && (!sawBlank || startsLowerCase(lineText))) {
        current.end = line.content.end;
        current.parts.push({ start: contentStart, end: line.content.end });
        current.lineCount++;
        current.isSentencePerLine &&= isSentence;
      } else {
        flush();
        draft = newDraft(contentStart, line.content.end, false, isSentence);
      }
    }
    sawBlank = false;
    isMarkerPending = false;
  }
  flush();
  const leading = firstListDuty === null ? [] : duties.slice(0, firstListDuty);
  const isListIntroduction =
    leading.length > 0 && (isIntroBeforeList || leading.every((duty) => CONCEPT_OPENING.test(duty.text)));
  return isListIntroduction ? duties.slice(leading.length) : duties;
}

// Every duty statement: duty sections (cut where a labelled non-duty paragraph begins) and labelled duty paragraphs elsewhere.
export function readDuties(
  text: string,
  lines: readonly Line[],
  sectionBlocks: readonly Block[],
  labelledBlocks: readonly Block[],
  notes: DutyReadingNotes = { paragraphsSplitByShape: 0 },
): Duty[] {
  const dutySections = sectionBlocks.filter((block) => DUTY_KINDS.has(block.kind));
  const isDutySectionLine = new Uint8Array(lines.length);
  for (const section of dutySections) isDutySectionLine.fill(1, section.firstLine, section.endLine);
  const sources = [
    ...dutySections,
    ...labelledBlocks.filter((block) => DUTY_KINDS.has(block.kind) && isDutySectionLine[block.firstLine] !== 1),
  ].sort((a, b) => a.firstLine - b.firstLine);
  const cuts = labelledBlocks
    .filter((labelled) => !DUTY_KINDS.has(labelled.kind))
    .map((labelled) => labelled.firstLine);
  let next = 0;
  let ownStart = -1;
  return sources.flatMap((block) => {
    // A sub-heading after another field closed the duty list ("APPLICATIONS CLOSE:" below a field table row) continues nothing.
    const isClosed = block.isInherited === true && cuts.some((cut) => cut > ownStart && cut < block.firstLine);
    if (block.isInherited !== true) ownStart = block.firstLine;
    if (isClosed) return [];
    while (next < cuts.length && (cuts[next] ?? 0) <= block.firstLine) next++;
    const cut = cuts[next];
    const endLine = cut !== undefined && cut < block.endLine ? cut : block.endLine;
    const category: DutyCategory = block.kind === 'other_duties' ? 'other' : 'essential';
    return segmentDuties(text, lines, block, endLine, category, notes).map((duty) =>
      duty.category === 'essential' && isCatchAllDuty(duty.text) ? { ...duty, category: 'other' as const } : duty,
    );
  });
}
