import { describe, expect, it } from 'vitest';
import {
  addDutyCorrection,
  applyCorrections,
  categorizeCorrection,
  correctionsFor,
  effectiveSpec,
  fieldCorrection,
  markDutyCorrection,
  mergeCorrection,
  notDutyCorrection,
  sectionKindCorrection,
  splitCorrection,
  type Correction,
  type CorrectionStamp,
} from '../../../../shared/corrections';
import { sampleSpec } from './sampleSpec';

let clock = 0;
const stamp = (version = 1): CorrectionStamp => ({
  id: `c${++clock}`,
  createdAt: clock,
  origin: { specId: `spec-v${version}`, version },
});
const spanOf = (text: string, quote: string) => ({
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
});

describe('applyCorrections', () => {
  const parsed = sampleSpec();

  it('sets fields, flags them, and leaves the stored text and the parse untouched', () => {
    const before = JSON.stringify(parsed);
    const result = applyCorrections(parsed, [
      fieldCorrection(stamp(), parsed, 'title', '  Permit   Technician II '),
      fieldCorrection(stamp(), parsed, 'grade', 'PT-21'),
    ]);
    expect(result.spec.title).toBe('Permit Technician II');
    expect(result.spec.grade).toBe('PT-21');
    expect(result.spec.correctedFields).toEqual(['title', 'grade']);
    expect(result.spec.text).toBe(parsed.text);
    expect(result.spec.spans.title).toBeUndefined();
    expect(JSON.stringify(parsed)).toBe(before);
    expect(result.orphaned).toEqual([]);
  });

  it('gives the same record whatever order the corrections are listed in', () => {
    const first = fieldCorrection(stamp(), parsed, 'title', 'A');
    const second = fieldCorrection(stamp(), parsed, 'title', 'B');
    expect(effectiveSpec(parsed, [second, first]).title).toBe('B');
    expect(effectiveSpec(parsed, [first, second]).title).toBe('B');
  });

  it('splits a duty where the analyst chose, keeping both parts inside the original passage', () => {
    const duty = parsed.duties[0]!;
    const cut = duty.text.indexOf('answers questions');
    // A caret inside a word splits after that word.
    const split = splitCorrection(stamp(), parsed.text, duty, cut - 2)!;
    const spec = effectiveSpec(parsed, [split]);
    expect(spec.duties.map((item) => item.text).slice(0, 2)).toEqual([
      'Reviews building permit applications for completeness and routes them to plan reviewers and',
      'answers questions from contractors about fees.',
    ]);
    expect(spec.duties).toHaveLength(parsed.duties.length + 1);
    expect(parsed.text.slice(spec.duties[1]!.span.start, spec.duties[1]!.span.end)).toBe(
      'answers questions from contractors about fees.',
    );
    expect(spec.duties[0]!.correctionIds).toEqual([split.id]);
    expect(spec.duties[2]!.correctionIds).toBeUndefined();
  });

  it('merges a duty with the next one, and a split then merged duty reads as printed', () => {
    const [a, b] = parsed.duties;
    const merged = effectiveSpec(parsed, [mergeCorrection(stamp(), parsed.text, a!, b!)]);
    expect(merged.duties).toHaveLength(parsed.duties.length - 1);
    expect(merged.duties[0]!.text).toBe(`${a!.text} ${b!.text}`);
    const split = splitCorrection(stamp(), parsed.text, a!, a!.text.indexOf('answers'))!;
    const splitSpec = effectiveSpec(parsed, [split]);
    const rejoin = mergeCorrection(stamp(), parsed.text, splitSpec.duties[0]!, splitSpec.duties[1]!);
    expect(effectiveSpec(parsed, [split, rejoin]).duties.map((duty) => duty.text)).toEqual(
      parsed.duties.map((duty) => duty.text),
    );
  });

  it('removes, re-categorizes and adds duties', () => {
    const [a, b] = parsed.duties;
    const spec = effectiveSpec(parsed, [
      notDutyCorrection(stamp(), parsed.text, a!.span),
      categorizeCorrection(stamp(), parsed.text, b!, 'other'),
      addDutyCorrection(stamp(), 'Trains new counter staff.', 'essential'),
    ]);
    expect(spec.duties.map((duty) => [duty.category, duty.text])).toEqual([
      ['essential', 'Maintains permit records in the tracking system.'],
      ['essential', 'Trains new counter staff.'],
      ['other', 'Calculates permit fees and collects payments.'],
      ['other', 'Performs related duties as assigned.'],
    ]);
  });

  it('marks a selected passage as a duty in document order, dropping its bullet', () => {
    const passage = spanOf(parsed.text, 'Reviews permit applications and advises the public on code requirements.');
    const spec = effectiveSpec(parsed, [markDutyCorrection(stamp(), parsed.text, passage, 'essential')]);
    expect(spec.duties[0]).toMatchObject({
      text: 'Reviews permit applications and advises the public on code requirements.',
      span: passage,
    });
    expect(spec.duties).toHaveLength(parsed.duties.length + 1);
  });

  it('changes a section kind', () => {
    const section = parsed.sections.find((item) => item.heading === 'DEFINITION')!;
    const spec = effectiveSpec(parsed, [
      sectionKindCorrection(stamp(), parsed.text, section.headingSpan, 'distinguishing'),
    ]);
    expect(spec.sections.find((item) => item.heading === 'DEFINITION')).toMatchObject({ kind: 'distinguishing' });
    expect(spec.sections.filter((item) => item.correctionIds)).toHaveLength(1);
  });
});

describe('carrying corrections to a re-parse or a revision', () => {
  const original = sampleSpec();
  const revised = sampleSpec(true);

  it('applies a correction to a revision where its passage is unchanged, though it moved', () => {
    const split = splitCorrection(
      stamp(),
      original.text,
      original.duties[0]!,
      original.duties[0]!.text.indexOf('answers'),
    )!;
    const title = fieldCorrection(stamp(), original, 'title', 'Permit Technician I');
    const result = applyCorrections(revised, [split, title]);
    expect(result.orphaned).toEqual([]);
    expect(result.spec.title).toBe('Permit Technician I');
    expect(result.spec.duties.map((duty) => duty.text)).toContain('answers questions from contractors about fees.');
    expect(result.spec.duties[0]!.text).toBe('Greets applicants at the permit counter.');
  });

  it('keeps corrections over a re-parse of the same text that reads the record differently', () => {
    const split = splitCorrection(
      stamp(),
      original.text,
      original.duties[0]!,
      original.duties[0]!.text.indexOf('answers'),
    )!;
    const title = fieldCorrection(stamp(), original, 'title', 'Permit Technician I');
    // An upgraded parser: duty spans now include their bullet, and the title is read from another line.
    const reparsed = {
      ...original,
      title: 'City of Lakeside',
      spans: { ...original.spans, title: { start: 0, end: 16 } },
      duties: original.duties.map((duty) => ({ ...duty, span: { start: duty.span.start - 2, end: duty.span.end } })),
    };
    const result = applyCorrections(reparsed, [split, title]);
    expect(result.orphaned).toEqual([]);
    expect(result.spec.title).toBe('Permit Technician I');
    expect(result.spec.duties.map((duty) => duty.text).slice(0, 2)).toEqual([
      'Reviews building permit applications for completeness and routes them to plan reviewers and',
      'answers questions from contractors about fees.',
    ]);
  });

  it('lists a correction whose passage changed as orphaned and does not apply it', () => {
    const changed = original.duties[2]!;
    const remove = notDutyCorrection(stamp(), original.text, changed.span);
    const result = applyCorrections(revised, [remove]);
    expect(result.orphaned).toEqual([{ correction: remove, reason: 'passage_not_found' }]);
    expect(result.spec.duties.map((duty) => duty.text)).toEqual(revised.duties.map((duty) => duty.text));
  });

  it('lists a correction that finds nothing to correct at its passage as orphaned', () => {
    const passage = spanOf(original.text, 'Two years of experience in permit processing.');
    const result = applyCorrections(original, [
      mergeCorrection(
        stamp(),
        original.text,
        { ...original.duties[0]!, span: passage },
        { ...original.duties[0]!, span: passage },
      ),
    ]);
    expect(result.orphaned.map((item) => item.reason)).toEqual(['nothing_to_correct']);
  });

  it('carries corrections forward to later versions, never back', () => {
    const onFirst = fieldCorrection(stamp(1), original, 'code', '4411');
    const onSecond = fieldCorrection(stamp(2), original, 'grade', '22');
    const list: Correction[] = [onFirst, onSecond];
    expect(correctionsFor(list, { specId: 'spec-v1', version: 1 })).toEqual([onFirst]);
    expect(correctionsFor(list, { specId: 'spec-v3', version: 3 })).toEqual(list);
  });
});
