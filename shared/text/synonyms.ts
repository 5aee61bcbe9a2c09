import { stemmer } from 'stemmer';

/**
 * Words that class specifications use interchangeably for the same duty. Each group's first
 * word is the canonical form; every word of a group (after Porter stemming) maps to the
 * canonical word's stem, so "Oversees staff" and "Supervises employees" share their terms.
 *
 * Kept deliberately small: each group is a substitution analysts accept when they call two
 * duties "the same work, reworded". Nouns and verbs that merely co-occur (e.g. "budget" and
 * "finance") are not synonyms and stay apart.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Directing the work of others.
  [
    'supervise',
    'supervises',
    'supervision',
    'supervisor',
    'supervisors',
    'oversee',
    'oversees',
    'oversight',
    'directs',
    'manage',
    'manages',
    'management',
    'manager',
  ],
  // Teaching others how to do the work.
  [
    'train',
    'trains',
    'training',
    'coach',
    'coaches',
    'coaching',
    'instruct',
    'instructs',
    'instruction',
    'mentor',
    'mentors',
    'teach',
    'teaches',
  ],
  // Dealing with a problem until it is settled.
  [
    'resolve',
    'resolves',
    'resolution',
    'handle',
    'handles',
    'address',
    'addresses',
    'settle',
    'settles',
    'solve',
    'solves',
  ],
  // The people served.
  [
    'customer',
    'customers',
    'public',
    'citizen',
    'citizens',
    'client',
    'clients',
    'resident',
    'residents',
    'patron',
    'patrons',
    'ratepayer',
    'ratepayers',
    'constituent',
    'constituents',
  ],
  // Producing a document or work product.
  [
    'prepare',
    'prepares',
    'preparation',
    'create',
    'creates',
    'develop',
    'develops',
    'produce',
    'produces',
    'draft',
    'drafts',
    'compile',
    'compiles',
  ],
  // Judging work or information.
  [
    'review',
    'reviews',
    'evaluate',
    'evaluates',
    'evaluation',
    'assess',
    'assesses',
    'assessment',
    'appraise',
    'appraises',
    'examine',
    'examines',
  ],
  ['analyze', 'analyzes', 'analyzing', 'analysis', 'analyses', 'analyse', 'analysing'],
  ['research', 'researches', 'investigate', 'investigates', 'investigation', 'investigating'],
  ['employee', 'employees', 'staff', 'personnel', 'worker', 'workers', 'subordinate', 'subordinates'],
  ['inquiry', 'inquiries', 'enquiry', 'enquiries', 'question', 'questions'],
  ['complaint', 'complaints', 'grievance', 'grievances', 'dispute', 'disputes'],
  ['assist', 'assists', 'assistance', 'help', 'helps', 'aid', 'aids', 'support', 'supports'],
  ['coordinate', 'coordinates', 'coordination', 'organize', 'organizes', 'arrange', 'arranges'],
  [
    'recommend',
    'recommends',
    'recommendation',
    'recommendations',
    'propose',
    'proposes',
    'suggest',
    'suggests',
    'advise',
    'advises',
  ],
  ['ensure', 'ensures', 'ensuring', 'insure', 'insures', 'insuring', 'assure', 'assures'],
  ['monitor', 'monitors', 'monitoring', 'track', 'tracks', 'tracking'],
  ['procedure', 'procedures', 'method', 'methods', 'process', 'processes', 'practice', 'practices'],
  ['policy', 'policies', 'guideline', 'guidelines'],
  ['provide', 'provides', 'give', 'gives', 'furnish', 'furnishes', 'supply', 'supplies'],
  ['information', 'info', 'data'],
  ['telephone', 'telephones', 'phone', 'phones'],
  ['schedule', 'schedules', 'scheduling'],
  ['record', 'records', 'documentation', 'file', 'files'],
  ['problem', 'problems', 'issue', 'issues'],
  // Level words for escalated work: "the more difficult cases" = "complex or sensitive cases".
  ['complex', 'difficult', 'complicated'],
  ['requirement', 'requirements', 'demand', 'demands', 'need', 'needs'],
  ['represent', 'represents', 'representing', 'liaison', 'liaisons'],
  ['correspondence', 'letter', 'letters', 'memo', 'memos', 'memoranda'],
  ['new', 'newly'],
  ['prevent', 'prevents', 'deter', 'deters'],
  ['compliance', 'comply', 'complies', 'adherence', 'adhere', 'adheres', 'conformance'],
];

function buildCanonicalStems(groups: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  const canonical = new Map<string, string>();
  for (const group of groups) {
    const head = group[0];
    if (head === undefined) continue;
    const target = stemmer(head);
    for (const word of group) canonical.set(stemmer(word), target);
  }
  return canonical;
}

const CANONICAL_STEMS = buildCanonicalStems(SYNONYM_GROUPS);

/** The canonical stem for a stem: the group head's stem when the word belongs to a synonym group, else the stem itself. */
export function canonicalStem(stem: string): string {
  return CANONICAL_STEMS.get(stem) ?? stem;
}
