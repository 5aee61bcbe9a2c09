import { specFromText } from '../../../../shared/import';

/** A small class spec in the common layout; `revised` changes one duty and adds a line above the rest. */
export function sampleText(revised = false): string {
  return [
    'City of Lakeside',
    'PERMIT TECHNICIAN',
    'Class Code: 4410',
    'Grade: 21',
    '',
    'DEFINITION',
    'Reviews permit applications and advises the public on code requirements.',
    '',
    'ESSENTIAL DUTIES',
    ...(revised ? ['- Greets applicants at the permit counter.'] : []),
    '- Reviews building permit applications for completeness and routes them to plan reviewers and answers questions from contractors about fees.',
    '- Calculates permit fees and collects payments.',
    revised
      ? '- Maintains permit records in the new tracking system.'
      : '- Maintains permit records in the tracking system.',
    '',
    'OTHER DUTIES',
    '- Performs related duties as assigned.',
    '',
    'MINIMUM QUALIFICATIONS',
    'Two years of experience in permit processing.',
    '',
  ].join('\n');
}

export const sampleSpec = (revised = false) => specFromText(sampleText(revised));
