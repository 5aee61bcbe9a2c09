// Cue patterns are ASCII and use /i without /u: V8 runs case-insensitive Unicode regexes with \b about 25x slower.
import type { CueScale } from './cueScale';

/**
 * Cue words for the factors employers state in prose. Levels rise with how demanding the job
 * is. The phrases come from public factor plans (city/county point-factor plans, OPM FES level
 * descriptions); they are written to read any employer's wording, not one employer's sentences.
 */

export const COMPLEXITY: CueScale = {
  key: 'complexity',
  scaleSize: 5,
  pick: 'first',
  cues: [
    {
      level: 4,
      label: 'highly complex',
      pattern:
        /\b(?:highly|extremely|exceptionally) complex|\bnovel\b|\bunprecedented|\bno (?:established )?precedents?\b|\bbroad (?:policy|policies|objectives)\b/i,
    },
    { level: 2, label: 'somewhat complex', pattern: /\b(?:somewhat|moderately) complex/i },
    {
      level: 3,
      label: 'complex',
      pattern: /\bcomplex\b|\bconsiderable (?:analytic|judgment)|\bsubstantial (?:analytic|judgment)/i,
    },
    {
      level: 1,
      label: 'variety of procedures',
      pattern:
        /\bvariety of (?:procedures|policies|methods|tasks)|\bvaried\b|\bmoderate analytic|\badapting standard methods/i,
    },
    {
      level: 0,
      label: 'standard procedures',
      pattern:
        /\bstandard (?:procedures|methods|tasks)|\broutine\b|\brepetitive|\b(?:well|clearly)[- ]defined|\bsimple (?:tasks|procedures)/i,
    },
  ],
};

export const IMPACT: CueScale = {
  key: 'impact',
  scaleSize: 4,
  pick: 'first',
  cues: [
    {
      level: 3,
      label: 'critical consequences',
      pattern:
        /\b(?:critical|catastrophic|grave|severe) (?:consequences|damage|harm|loss|impact)|\bloss of life\b|\bendanger/i,
    },
    {
      level: 2,
      label: 'serious consequences',
      pattern:
        /\bserious\b|\bmajor (?:expense|costs?|loss|damage|consequences|impact|disruption)|\b(?:substantial|considerable) (?:expense|costs?|loss|damage|disruption)/i,
    },
    {
      level: 1,
      label: 'significant expense',
      pattern:
        /\bsignificant (?:expense|costs?|loss|delays?|inconvenience)|\bmoderate (?:expense|costs?|loss|inconvenience|consequences)/i,
    },
    {
      level: 0,
      label: 'minor inconvenience',
      pattern:
        /\bminor (?:inconvenience|errors?|costs?|delays?|consequences)|\bminimal\b|\blittle (?:impact|effect|consequence)|\bsome costs?\b|\beasily (?:detected|corrected)/i,
    },
  ],
};

/** Less supervision received = more demanding = higher level. */
export const SUPERVISION_RECEIVED: CueScale = {
  key: 'supervision_received',
  scaleSize: 4,
  pick: 'lowest',
  cues: [
    {
      level: 0,
      label: 'close supervision',
      pattern:
        /\bclose(?:ly)? (?:to moderate )?(?:supervision|supervised)|\bimmediate supervision|\bsupervisor is (?:generally )?close by|\bdetailed instructions/i,
    },
    {
      level: 1,
      label: 'moderate supervision',
      pattern: /\bmoderate supervision|\bregular(?:ly)? reviewed|\bspecific instructions/i,
    },
    { level: 2, label: 'general supervision', pattern: /\b(?:limited|general) (?:supervision|review)/i },
    {
      level: 3,
      label: 'direction / autonomy',
      pattern:
        /\b(?:general|broad|administrative|executive|policy) direction|\bunder direction\b|\bautonom(?:y|ous|ously)\b|\bindependent(?:ly)? (?:of supervision|sets? objectives)/i,
    },
  ],
};

export const SUPERVISION_EXERCISED: CueScale = {
  key: 'supervision_exercised',
  scaleSize: 5,
  pick: 'highest',
  cues: [
    // An assistant manager "or the equivalent over the first-line supervisors" is the level between them and the manager.
    {
      level: 4,
      label: 'manager',
      pattern:
        /(?<!\bassistant )\bmanager or (?:the )?equivalent|\bas an? (?:deputy |division |department )?(?:manager|director)\b|\bthrough (?:subordinate )?managers|\bmanages (?:a |the )?(?:division|department|bureau|section)\b/i,
    },
    {
      level: 3,
      label: 'second-level supervisor',
      pattern:
        /\bover (?:the )?(?:first[- ]line )?supervisors|\bsupervis(?:es|ing|ion of) (?:(?:other|subordinate|two|three|four|five|several|\d+) )*supervisors|\bsecond[- ]line supervis|\bsecond[- ]level supervis|\bthrough (?:subordinate )?supervisors|\bas an? assistant manager\b/i,
    },
    {
      level: 2,
      label: 'first-line supervisor',
      pattern: /\bfirst[- ]line supervis|\bnon-?supervisory (?:personnel|staff|employees)|\bsupervis(?:es|ing)\b/i,
    },
    {
      level: 1,
      label: 'lead',
      pattern: /\blead (?:capacity|worker|role)|\bleadworker|\bleads? (?:the )?work of|\bas a lead\b|\bwork ?leader/i,
    },
    {
      level: 0,
      label: 'none',
      pattern:
        /\bno (?:direct |indirect )?(?:reports|subordinates|supervisory)|\bdoes not supervise|^none\.?$|\bnot applicable/i,
    },
  ],
};

/** Nature of contacts; who they are with is read separately (contacts.ts). */
export const CONTACT_NATURE: Omit<CueScale, 'key'> = {
  scaleSize: 4,
  pick: 'first',
  cues: [
    { level: 3, label: 'persuasion/negotiation', pattern: /\bpersua|\bnegotiat|\binfluenc|\bconvinc|\bmediat/i },
    { level: 2, label: 'sensitivity', pattern: /\bsensitiv|\bdiplomac|\birate\b|\bhostile|\bconfrontation/i },
    { level: 1, label: 'tact and cooperation', pattern: /\btact\b|\bcooperation|\bexplain/i },
    {
      level: 0,
      label: 'routine/courtesy',
      pattern: /\broutine|\bcourtesy|\binformation exchange|\bexchange of information|\bsimple requests/i,
    },
  ],
};

export const CONTACT_PARTY: Omit<CueScale, 'key'> = {
  scaleSize: 3,
  pick: 'highest',
  cues: [
    {
      level: 2,
      label: 'senior officials',
      pattern:
        /\b(?:executives?|directors?|managers?|department heads?|elected officials?|council members?|commissioners?|senior (?:staff|management|officials))\b/i,
    },
    {
      level: 1,
      label: 'professionals',
      pattern: /\b(?:professionals?|supervisors?|vendors?|representatives|attorneys?|agencies)\b/i,
    },
    {
      level: 0,
      label: 'staff and public',
      pattern: /\b(?:clerical|technical staffs?|co-?workers|staff|employees|citizens|public|customers|visitors)\b/i,
    },
  ],
};

export const PHYSICAL_EFFORT: CueScale = {
  key: 'physical_effort',
  scaleSize: 4,
  pick: 'first',
  cues: [
    {
      level: 3,
      label: 'heavy',
      pattern:
        /\bheavy (?:lifting|physical|work)|\bstrenuous|\b(?:over|more than|in excess of) (?:50|fifty|75|100) (?:pounds|lbs)|\b(?:75|100) (?:pounds|lbs)/i,
    },
    {
      level: 2,
      label: 'moderate',
      pattern:
        /\bmoderate (?:physical|lifting|effort)|\bfrequent(?:ly)? (?:lifting|stooping|bending|climbing)|\b(?:25|50|fifty|twenty-five) (?:pounds|lbs)|\bconsiderable (?:walking|standing)/i,
    },
    {
      level: 1,
      label: 'light',
      pattern:
        /\boccasional(?:ly)? (?:periods of )?(?:stooping|bending|lifting|walking)|\blight lifting|\b(?:10|ten|15|20) (?:pounds|lbs)/i,
    },
    {
      level: 0,
      label: 'sedentary',
      pattern: /\bphysically comfortable|\bsedentary|\bdiscretion about walking|\bprimarily sitting/i,
    },
  ],
};

export const WORK_ENVIRONMENT: CueScale = {
  key: 'work_environment',
  scaleSize: 4,
  pick: 'first',
  cues: [
    {
      level: 3,
      label: 'hazardous',
      pattern: /\bhazard|\bdangerous|\bhigh risk|\bextreme (?:heat|cold|temperatures)|\btoxic/i,
    },
    {
      level: 2,
      label: 'disagreeable',
      pattern:
        /\bfrequent(?:ly)? (?:exposure|discomfort)|\boutdoors?\b|\bunpleasant conditions|\bdisagreeable|\bnoise|\bdirt/i,
    },
    {
      level: 1,
      label: 'minor discomforts',
      pattern:
        /\boccasional (?:minor )?discomforts?|\bminor discomforts?|\bmodestly unpleasant|\bless[- ]than[- ]optimal/i,
    },
    {
      level: 0,
      label: 'normal office',
      pattern: /\bno major sources of discomfort|\bnormal office|\boffice environment|\bcomfortable/i,
    },
  ],
};

export const PHYSICAL_SKILL: CueScale = {
  key: 'physical_skill',
  scaleSize: 4,
  pick: 'first',
  cues: [
    {
      level: 3,
      label: 'highly precise',
      pattern: /\bhighly (?:precise|skilled|demanding)|\bvery (?:narrow|small|tight) tolerances|\bprecision\b/i,
    },
    {
      level: 2,
      label: 'fine motor',
      pattern: /\bfine motor|\bnarrow tolerances|\bprecise\b|\bhigh(?:ly)? demanding tolerances/i,
    },
    {
      level: 1,
      label: 'coordinated movements',
      pattern: /\bcoordinated (?:gross motor|eye|hand)|\bmoderately demanding|\bkeyboard|\bdexterity/i,
    },
    {
      level: 0,
      label: 'simple gross motor',
      pattern: /\bsimple gross motor|\blarge tolerances|\bsimple (?:motor|movements)/i,
    },
  ],
};
