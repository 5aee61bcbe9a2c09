import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';

function dutiesOf(body: string) {
  return parseSpec(
    `Records Clerk\n\nESSENTIAL DUTIES:\n\n${body}\n\nMINIMUM QUALIFICATIONS:\n\nTwo years of clerical experience.\n`,
  ).duties;
}

describe('duty statements', () => {
  it.each<[string, string, readonly string[]]>([
    ['bullets', '• Files records.\n• Answers phones.', ['Files records.', 'Answers phones.']],
    ['hyphen and asterisk bullets', '- Files records.\n* Answers phones.', ['Files records.', 'Answers phones.']],
    [
      'numbers',
      '1. Files records.\n2) Answers phones.\n(3) Sorts mail.',
      ['Files records.', 'Answers phones.', 'Sorts mail.'],
    ],
    [
      'letters',
      'a. Files records.\n(b) Answers phones.\nC) Sorts mail.',
      ['Files records.', 'Answers phones.', 'Sorts mail.'],
    ],
    [
      'wrapped lines joined',
      '- Files records and\n  maintains the index.\n- Answers phones.',
      ['Files records and maintains the index.', 'Answers phones.'],
    ],
    [
      'lowercase paragraph continues the item',
      '1. Files records and\n\nmaintains the index.\n\n2. Answers phones.',
      ['Files records and maintains the index.', 'Answers phones.'],
    ],
    [
      'one paragraph per duty',
      'Files records and maintains the index.\n\nAnswers phones.',
      ['Files records and maintains the index.', 'Answers phones.'],
    ],
    [
      'semicolon paragraph stays whole',
      'Files records; answers phones; sorts mail.',
      ['Files records; answers phones; sorts mail.'],
    ],
    [
      'sentence per line without bullets',
      'Files records.\nAnswers phones.\nSorts mail.',
      ['Files records.', 'Answers phones.', 'Sorts mail.'],
    ],
    [
      'capitalized verb per line without periods',
      'Prepares monthly reports\nReviews contracts for compliance\nMaintains inspection records',
      ['Prepares monthly reports', 'Reviews contracts for compliance', 'Maintains inspection records'],
    ],
    [
      'wrapped item inside a verb-per-line list',
      'Prepares monthly reports on division activity, budget status and staffing levels for the\ndirector and the board\nReviews contracts\nMaintains records',
      [
        'Prepares monthly reports on division activity, budget status and staffing levels for the director and the board',
        'Reviews contracts',
        'Maintains records',
      ],
    ],
    [
      'wrapped sentence whose next line starts with a capitalized plural',
      'Coordinates capital projects with the Parks Department and the Public Works\nOperations division',
      ['Coordinates capital projects with the Parks Department and the Public Works Operations division'],
    ],
    [
      'line ending in a conjunction continues',
      'Prepares budget requests, capital plans and\nRevisions to the five-year forecast',
      ['Prepares budget requests, capital plans and Revisions to the five-year forecast'],
    ],
    [
      'prose paragraph whose next sentence opens with a verb that would only just have fitted stays whole',
      'Develops keys and data sheets for use by institute personnel and actively encourages the vouchering\nof research specimens by scientists, educators and the public. Prepares for events.\nOrganizes, leads and participates in fieldwork to collect specimens.',
      [
        'Develops keys and data sheets for use by institute personnel and actively encourages the vouchering of research specimens by scientists, educators and the public. Prepares for events. Organizes, leads and participates in fieldwork to collect specimens.',
      ],
    ],
    [
      'paragraph not opening with a verb stays whole',
      'Under general direction the incumbent\nPlans the work',
      ['Under general direction the incumbent Plans the work'],
    ],
    [
      'bullet printed alone on its line',
      '•\nFiles records.\n•\nAnswers phones.',
      ['Files records.', 'Answers phones.'],
    ],
    [
      'introduction dropped',
      'Duties may include, but are not limited to, the following:\n\n- Files records.',
      ['Files records.'],
    ],
    [
      'class concept before an introduced list is not a duty',
      'A Records Clerk performs routine clerical work for a division.\n\nExamples of duties include:\n- Files records.\n- Answers phones.',
      ['Files records.', 'Answers phones.'],
    ],
    [
      'concept paragraph directly above a list is not a duty',
      'Under general supervision, performs clerical work.\n\n1. Files records.\n2. Answers phones.',
      ['Files records.', 'Answers phones.'],
    ],
    [
      'a task paragraph above a list stays a duty',
      'Prepares the weekly payroll register.\n\n- Files records.',
      ['Prepares the weekly payroll register.', 'Files records.'],
    ],
    [
      'boilerplate dropped',
      'Any one position in this class may not perform all the duties listed below.\n\n- Files records.',
      ['Files records.'],
    ],
    [
      'page furniture skipped',
      '- Files records and\nPage 2 of 3\nmaintains the index.',
      ['Files records and maintains the index.'],
    ],
    [
      'repeated letterhead skipped',
      '- Files records.\n\nCITY OF HOUSTON\n\n- Answers phones.',
      ['Files records.', 'Answers phones.'],
    ],
    ['inline label stripped', 'Examples of Work: Files records; answers phones.', ['Files records; answers phones.']],
  ])('%s', (_case, body, expected) => {
    expect(dutiesOf(body).map((duty) => duty.text)).toEqual(expected);
  });

  it('reads the share of time from a table row, a leading percent or a trailing one', () => {
    const duties = dutiesOf('1\tFiles records.\t60%\n\n30% Answers phones.\n\n- Sorts mail (10%)');
    expect(duties.map((duty) => [duty.text, duty.percentTime])).toEqual([
      ['Files records.', 60],
      ['Answers phones.', 30],
      ['Sorts mail', 10],
    ]);
  });

  it('marks duties under an other-duties heading as other', () => {
    const spec = parseSpec(
      'Clerk\n\nDUTIES:\n\n- Files records.\n\nOTHER DUTIES:\n\n- Performs related work as assigned.\n',
    );
    expect(spec.duties.map((duty) => duty.category)).toEqual(['essential', 'other']);
  });
});
