import type { SectionKind } from './types';

/** Lower case, markup and punctuation removed, "&" spelled out: the form the vocabulary matches. */
export function normalizeHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[*_#`]+/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** First matching rule wins, so specific phrases come before the general words they contain. */
const KIND_RULES: readonly (readonly [RegExp, SectionKind])[] = [
  [/\bsupervision (exercised|given|of others)\b|\bsupervisory (responsibilit|duties|functions|authority)|\bleadership responsibilit/, 'supervision_exercised'],
  [/\bsupervision received\b|\bsupervisory controls\b|\blevel of supervision\b|\breports to\b|\breporting relationships?\b/, 'supervision_received'],
  [/^indirect (supervision|reports)\b/, 'supervision_indirect'],
  [/^direct (supervision|reports)\b/, 'supervision_direct'],
  [/\binternal contacts?\b/, 'internal_contacts'],
  [/\bexternal contacts?\b/, 'external_contacts'],
  [/\bcontacts?\b|\bworking relationships\b|\binterpersonal relationships\b/, 'contacts'],
  [/\bphysical effort\b|\bphysical (requirements|activities|exertion)\b/, 'physical_effort'],
  [/\bphysical skills?\b|\bdexterity\b|\bmotor skills?\b/, 'physical_skill'],
  [/\b(physical|mental)\b.*\bdemands?\b/, 'physical_demands'],
  [/\bwork(ing)? (environment|conditions)\b|\benvironmental conditions\b|\bhazards\b/, 'work_environment'],
  [/\b(other|marginal|additional|related|secondary|non ?essential|peripheral)\b.*\b(duties|functions|responsibilities|tasks)\b/, 'other_duties'],
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
  [/\bqualifications?\b|\brequirements?\b|\beligibility\b|\bwhat you need\b|\bconditions of employment\b|\bselective factors?\b/, 'qualifications'],
  [/\bcomplexity\b|\bproblem solving\b|\bjudgment\b|\bdecision making\b|\bguidelines\b/, 'complexity'],
  [/\bimpact\b|\bconsequences? of (error|actions)\b|\bscope and effect\b|\baccountability\b/, 'impact'],
  [/\b(summary|purpose|definition|nature of (the )?work|overview|description|objective|introduction|about the (job|position|role))\b/, 'summary'],
  [/\bduties\b|\bfunctions\b|\bresponsibilities\b|\btasks\b|\bexamples? of work\b|\bwork performed\b|\btypical work\b|\baccountabilities\b|\bwhat you will do\b|\bactivities\b/, 'duties'],
  [/^(job |class )?specifications?$/, 'specifications'],
  [/\bselection\b|\bhow to apply\b|\bapplication\b|\bapply\b|\bexamination\b|\bexam\b|\bhow you will be evaluated\b|\brequired documents\b|\bfiling\b|\bhiring process\b/, 'application'],
  [/\bsalary\b|\bcompensation\b|\bpay\b|\bwages?\b/, 'salary'],
  [/\bbenefits?\b/, 'benefits'],
  [/\bmiscellaneous\b|\bnotes?\b|\badditional information\b|\bother information\b/, 'miscellaneous'],
];

/** The canonical kind of a printed heading; `other` when the words are not in the vocabulary. */
export function classifyHeading(heading: string): SectionKind {
  const normalized = normalizeHeading(heading);
  for (const [pattern, kind] of KIND_RULES) {
    if (pattern.test(normalized)) return kind;
  }
  return 'other';
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
    'substitutions summary supervision supervisory supplemental tasks the to training typical work working'
  ).split(' '),
);

/** True when every word of the line is a heading word ("GENERAL PURPOSE", "Minimum Qualifications"). */
export function isVocabularyPhrase(heading: string): boolean {
  const words = normalizeHeading(heading).split(' ').filter((word) => word.length > 0);
  return words.length > 0 && words.every((word) => HEADING_WORDS.has(word)) && classifyHeading(heading) !== 'other';
}

const DOCUMENT_TYPE = /^(the )?(job|class|classification|position|career) (description|specification|spec|announcement|bulletin|posting|profile|opportunity|opportunities)s?$/;
const JURISDICTION = /^(the )?(city|county|state|town|village|province|commonwealth|government|municipality|borough|township|district|parish|region|territory) of \p{L}/u;
const JURISDICTION_SUFFIX = /^[\p{L} .'-]{2,40} (county|parish|township|borough)$/u;
const ORGANIZATION = /\b(human resources|personnel (department|office|services|division)|civil service|department of|office of|equal opportunity employer|classification and compensation)\b/;

/** Letterhead lines that name the employer or the document type, never a heading or the class title. */
export function isBannerText(line: string): boolean {
  const normalized = normalizeHeading(line);
  return (
    DOCUMENT_TYPE.test(normalized) ||
    JURISDICTION.test(normalized) ||
    JURISDICTION_SUFFIX.test(normalized) ||
    ORGANIZATION.test(normalized)
  );
}

/** The employer named by a banner line ("CITY OF HOUSTON", "Multnomah County"), if it is one. */
export function isJurisdictionText(line: string): boolean {
  const normalized = normalizeHeading(line);
  return JURISDICTION.test(normalized) || JURISDICTION_SUFFIX.test(normalized);
}
