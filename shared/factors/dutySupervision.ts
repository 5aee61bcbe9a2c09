import type { FactorReading, Span } from '../model';
import { readCueScale, type CueScale } from './cueScale';
import { SUPERVISION_EXERCISED } from './cueScales';

/** Whom a duty can say the class supervises: line staff, as opposed to students or volunteers alone. */
const STAFF =
  '(?:staff|technicians?|employees|workers|personnel|team members|teams?|assistants|specialists|clerks|crews?|officers|representatives|analysts|developers|designers|engineers|curators|coordinators)';

/**
 * Supervision exercised as the duties show it, for the many job descriptions (university and
 * museum postings, digital-team job descriptions) that have no supervision statement and whose
 * title says little ("Collections Manager" manages collections; "Delivery Manager" leads teams
 * without line management). Levels as the supervision statement scale: supervising supervisors
 * is second-level; supervising staff or managing teams is first-line; mentoring, coaching,
 * training others, leading teams, providing leadership, assigning or checking the work of others,
 * or supervising students, interns or volunteers is lead.
 */
export const SUPERVISION_IN_DUTIES: CueScale = {
  key: 'supervision_exercised',
  scaleSize: SUPERVISION_EXERCISED.scaleSize,
  pick: 'highest',
  cues: [
    {
      level: 3,
      label: 'second-level supervisor',
      pattern: new RegExp(
        String.raw`\bsupervis\w*\b[^.;]{0,80}\bincluding (?:\w+ ){0,4}supervisors?\b|\bsupervis(?:e|es|ing|ion of) (?:(?:other|subordinate|\w+) )?supervisors\b|\bover (?:the )?(?:first[- ]line )?supervisors`,
        'iu',
      ),
    },
    {
      level: 2,
      label: 'first-line supervisor',
      pattern: new RegExp(
        String.raw`\bsupervis(?:e|es|ing|ion of)\b[^.;]{0,60}?\b${STAFF}\b|\bmanag(?:e|es|ing) (?:a |the )?(?:small |multidisciplinary |multi-disciplinary )?teams?\b|\bline manag`,
        'iu',
      ),
    },
    {
      level: 1,
      label: 'lead',
      pattern:
        /\b(?:mentor|coach)(?:s|es|ing)?\b|\btrain(?:s|ing)? (?:and \w+ )?(?:new|junior|other|less experienced)\b|\blead(?:s|ing)? (?:and \w+ )?(?:a |the |multiple |multi-disciplinary |multidisciplinary )*teams?\b|\b(?:train|supervis|manag|direct|oversee)\w*\b[^.;]{0,60}\b(?:students?|interns?|volunteers?)\b|\bassists? in training and directing\b|\bprovid(?:e|es|ing) (?:\w+ )?leadership\b|\b(?:assign|review|check|direct)(?:s|ing)?\b[^.;]{0,40}\bwork of (?:other|new|lower[- ]level|junior)\b/iu,
    },
  ],
};

/** The highest level any duty shows, with the first duty sentence that shows it. */
export function readDutySupervision(text: string, duties: readonly Readonly<{ span: Span }>[]): FactorReading | null {
  let best: FactorReading | null = null;
  for (const duty of duties) {
    const { start, end } = duty.span;
    if (end <= start || end > text.length) continue;
    const reading = readCueScale(SUPERVISION_IN_DUTIES, { text: text.slice(start, end), offset: start });
    if (reading && (!best || reading.level > best.level)) best = reading;
  }
  return best;
}
