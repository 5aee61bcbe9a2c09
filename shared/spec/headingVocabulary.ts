import type { SectionKind } from '../model';

const APOSTROPHES = /['’]/g;
const AMPERSAND = /&/g;
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;
// In ASCII text the letters, digits and marks are a-z and 0-9 (after lower-casing).
const ASCII_SEPARATORS = /[^a-z0-9]+/g;
const NON_ASCII = /[^\u0000-\u007f]/;

// Lower case, markup and punctuation removed, "&" spelled out: the form the vocabulary matches.
// Native string operations: measured about twice as fast as building the string one character at a time;
// on ASCII text (most lines) the class without Unicode properties is about a third faster again.
export function normalizeHeading(heading: string): string {
  let value = heading.toLowerCase();
  if (value.includes("'") || value.includes('’')) value = value.replace(APOSTROPHES, '');
  if (value.includes('&')) value = value.replace(AMPERSAND, ' and ');
  return value.replace(NON_ASCII.test(value) ? SEPARATORS : ASCII_SEPARATORS, ' ').trim();
}

// First matching rule wins, so specific phrases come before the general words they contain.
const KIND_RULES: readonly (readonly [RegExp, SectionKind])[] = [
  [
    /\bsupervision (exercised|given|of others)\b|\bsupervisory (responsibilit|duties|functions|authority)|\bleadership responsibilit/,
    'supervision_exercised',
  ],
  [
    /\bsupervision received\b|\bsupervisory controls\b|\blevel of supervision\b|\breports to\b|\breporting relationships?\b/,
    'supervision_received',
  ],
  [/^indirect (supervision|reports)\b/, 'supervision_indirect'],
  [/^direct (supervision|reports)\b/, 'supervision_direct'],
  [/\binternal contacts?\b/, 'internal_contacts'],
  [/\bexternal contacts?\b/, 'external_contacts'],
  [/\bcontacts?\b|\bworking relationships\b|\binterpersonal relationships\b/, 'contacts'],
  [/\bphysical effort\b|\bphysical (requirements|activities|exertion)\b/, 'physical_effort'],
  [/\bphysical skills?\b|\bdexterity\b|\bmotor skills?\b/, 'physical_skill'],
  [/\b(physical|mental)\b.*\bdemands?\b/, 'physical_demands'],
  [/\bwork(ing)? (environment|conditions)\b|\benvironmental conditions\b|\bhazards\b/, 'work_environment'],
  [
    /\b(other|marginal|additional|related|secondary|non ?essential|peripheral)\b.*\b(duties|functions|responsibilities|tasks)\b/,
    'other_duties',
  ],
  [/\blicen[cs]|\bcertificat|\bspecial requirements?\b|\bregistrations?\b/, 'licenses'],
  [/\bsubstitut|\bequivalenc/, 'substitutions'],
  [/\bconcept\b/, 'summary'],
  [/\bjob family\b|\bclass series\b|\bcareer (ladder|path)\b|\bseries\b|\bfamily\b/, 'job_family'],
  [/\bhistory\b/, 'class_history'],
  [/\bdistinguishing\b|\bcharacteristics\b|\bdifferentiat/, 'distinguishing'],
  [/\bknowledge\b.*\b(skills?|abilities)\b|\bksas?\b/, 'knowledge'],
  [/^(required |requisite |essential )?knowledge\b/, 'knowledge'],
  [/^(required |requisite |essential )?skills?\b/, 'skills'],
  [/^(required |requisite |essential )?abilit(y|ies)\b/, 'abilities'],
  [/^education\b|\beducation(al)? requirements?\b|^training\b(?!.*experience)/, 'education'],
  [/\bexperience\b/, 'experience'],
  // Postings address the reader: "You will", "You'll need to accomplish the following", "We're looking for someone who will".
  [
    /\baccomplish\b|\byou( wi|)ll( be)?( (accountable|responsible)( for)?)?$|\b(someone|people|person|candidates?) who will$|\bwhat you( wi|)ll (do|be doing)\b/,
    'duties',
  ],
  [/\byou( wi|)ll (have|need|bring)\b/, 'qualifications'],
  [
    /\bqualifications?\b|\brequirements?\b|\beligibility\b|\bwhat you (bring|need)\b|\bwho you are\b|\bwhat we are looking for\b|\bemployment standards\b|\bentrance\b|\bwhat you need\b|\bconditions of employment\b|\bselective factors?\b/,
    'qualifications',
  ],
  [/\bcomplexity\b|\bproblem solving\b|\bjudgment\b|\bdecision making\b|\bguidelines\b/, 'complexity'],
  [/\bimpact\b|\bconsequences? of (error|actions)\b|\bscope and effect\b|\baccountability\b/, 'impact'],
  // "Position Overview and Responsibilities", "Description of Duties": a heading that names the duties holds them.
  [
    /\b(summary|overview|description|purpose)\b.*\b(duties|responsibilities|functions|tasks|accountabilities)\b|\b(duties|responsibilities|functions|tasks|accountabilities)\b.*\b(summary|overview|description)\b/,
    'duties',
  ],
  [
    /\b(summary|purpose|definition|nature of (the )?work|overview|description|objective|introduction|about the (job|position|role))\b/,
    'summary',
  ],
  [
    /\bduties\b|\bfunctions\b|\bresponsibilit(y|ies)\b|\btasks\b|\bexamples? of work\b|\bwork performed\b|\btypical work\b|\baccountabilities\b|\bwhat you( wi|)ll do\b|\bactivities\b/,
    'duties',
  ],
  [/^(job |class )?specifications?$/, 'specifications'],
  [
    /\bselection\b|\bhow to apply\b|\bapplication\b|\bapply\b|\bexamination\b|\bexam\b|\bhow you will be evaluated\b|\brequired documents\b|\bfiling\b|\bhiring process\b/,
    'application',
  ],
  [/\bsalary\b|\bcompensation\b|\bpay\b|\bwages?\b/, 'salary'],
  [/\bbenefits?\b/, 'benefits'],
  [/\bmiscellaneous\b|\bnotes?\b|\b(additional|other|supplemental) information\b/, 'miscellaneous'],
];

// The canonical kind of a printed heading; `other` when the words are not in the vocabulary.
export function classifyHeading(heading: string): SectionKind {
  return classifyNormalized(normalizeHeading(heading));
}

// Specs from one employer repeat the same few dozen headings; remembering their kinds skips the rule scan.
const kindCache = new Map<string, SectionKind>();
const KIND_CACHE_LIMIT = 4096;

export function classifyNormalized(normalized: string): SectionKind {
  const cached = kindCache.get(normalized);
  if (cached !== undefined) return cached;
  const kind = KIND_RULES.find(([pattern]) => pattern.test(normalized))?.[1] ?? 'other';
  if (kindCache.size >= KIND_CACHE_LIMIT) kindCache.clear();
  kindCache.set(normalized, kind);
  return kind;
}

const HEADING_WORDS = new Set(
  (
    'a about abilities ability accountabilities actions activities additional and annual apply application areas at ' +
    'benefits certificates certification certifications characteristics class classification complexity concept conditions ' +
    'contacts definition demands description desired direct distinguishing duties education effort employment environment ' +
    'essential evaluated examples exercised experience external family function functions general history how illustrative impact ' +
    'in indirect information internal job key knowledge ksas level license licenses major marginal mental minimum ' +
    'miscellaneous nature notes objective of or other overview pay performed physical position preferred primary process purpose ' +
    'purpose qualification qualifications received related required requirements responsibilities ' +
    'responsibility salary selection series skill skills special specialized specification specifications substitution ' +
    'substitutions summary supervision supervisory supplemental tasks the to training typical work working standards ' +
    'entrance necessary registration registrations environmental equipment tools used assignments scope hours travel range ' +
    'compensation wage wages rate hourly what you will youll do bring need who are we looking role'
  ).split(' '),
);

// Cheap pre-check before the full vocabulary test: the first word is a heading word.
export function startsWithHeadingWord(text: string): boolean {
  const match = /^[\p{L}']+/u.exec(text);
  return match !== null && HEADING_WORDS.has(match[0].toLowerCase().replace(/'/g, ''));
}

// True when every word of the line is a heading word ("GENERAL PURPOSE", "Minimum Qualifications").
export function isVocabularyPhrase(heading: string): boolean {
  return isVocabularyNormalized(normalizeHeading(heading));
}

export function isVocabularyNormalized(normalized: string): boolean {
  const words = normalized.split(' ');
  return (
    normalized.length > 0 &&
    words.every((word) => HEADING_WORDS.has(word)) &&
    classifyNormalized(normalized) !== 'other'
  );
}

// Qualifiers a bulletin's banner may carry before its type ("Open Competitive Job Bulletin").
const BULLETIN_QUALIFIERS =
  '(?:(?:the|open|competitive|promotional|continuous|interdepartmental|departmental|internal|external|public) )*';
const DOCUMENT_TYPE = new RegExp(
  `^${BULLETIN_QUALIFIERS}(?:(?:position |job |staff )?(job|class|classification|position|career) (description|specification|spec|announcement|bulletin|posting|profile|opportunity|opportunities)s?( questionnaire| form| template)?|(examination|exam|employment|recruitment) (bulletin|announcement)s?)$`,
);
const JURISDICTION =
  /^(the )?(city|county|city and county|state|town|village|province|commonwealth|government|municipality|borough|township|district|parish|region|territory|ministry|(u ?s|united states) (department|dept)) of \p{L}/u;
// Special districts and authorities are employers too ("LAKESIDE WATER DISTRICT", "Chelan County Public Utility District").
const DISTRICT_KINDS =
  '(unified |union |high |elementary |independent |community |consolidated )?school|water|municipal water|sanitation|sanitary|sewer|utility|public utility|' +
  'municipal utility|irrigation|fire|fire protection|park|parks|recreation|park and recreation|transit|library|hospital|healthcare|health care|' +
  'community college|college|special|regional|air quality|air pollution control|flood control|port|mosquito abatement|cemetery|conservation|drainage';
const AUTHORITY_KINDS =
  'transit|regional transit|transportation|housing|port|water|airport|power|turnpike|utility|utilities|toll|parking|development';
const JURISDICTION_SUFFIX = new RegExp(
  `^[\\p{L}\\p{N} .'-]{2,60} (county|parish|township|borough|(${DISTRICT_KINDS}) district|(${AUTHORITY_KINDS}) authority)$`,
  'u',
);
const MAX_JURISDICTION_WORDS = 10;
const JURISDICTION_LAST_WORDS = new Set(['county', 'parish', 'township', 'borough', 'district', 'authority']);

function hasJurisdictionSuffix(normalized: string): boolean {
  return (
    JURISDICTION_LAST_WORDS.has(normalized.slice(normalized.lastIndexOf(' ') + 1)) &&
    JURISDICTION_SUFFIX.test(normalized)
  );
}
const ORGANIZATION =
  /\b(human resources|personnel (department|office|services|division)|civil service|department of|office of|equal (employment )?opportunit(y|ies)|classification and compensation)\b/;

// Letterhead lines that name the employer or the document type, never a heading or the class title.
export function isBannerText(line: string): boolean {
  return isBannerNormalized(normalizeHeading(line));
}

export function isBannerNormalized(normalized: string): boolean {
  return (
    DOCUMENT_TYPE.test(normalized) ||
    JURISDICTION.test(normalized) ||
    hasJurisdictionSuffix(normalized) ||
    ORGANIZATION.test(normalized)
  );
}

// A line naming the employer or its office ("CITY OF RIVERTON", "Human Resources Department"), not the document type.
export function isEmployerBanner(line: string): boolean {
  const normalized = normalizeHeading(line);
  return JURISDICTION.test(normalized) || hasJurisdictionSuffix(normalized) || ORGANIZATION.test(normalized);
}

// The employer named by a banner line ("CITY OF HOUSTON", "Multnomah County"), if it is one.
export function isJurisdictionText(line: string): boolean {
  return isJurisdictionNormalized(normalizeHeading(line), line.trim());
}

// `printed` is the trimmed line: a sentence that merely starts with "City of ..." names no employer.
export function isJurisdictionNormalized(normalized: string, printed: string): boolean {
  if (!JURISDICTION.test(normalized) && !hasJurisdictionSuffix(normalized)) return false;
  return !/[.;!?]$/.test(printed) && normalized.split(' ').length <= MAX_JURISDICTION_WORDS;
}
