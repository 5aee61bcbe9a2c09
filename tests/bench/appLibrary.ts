// The generated library the app bench measures: parsed classes as the renderer stores them, and search latency over them.
import { identifyClass } from '../../shared/library/classIdentity';
import { summarizeSpec } from '../../renderer/src/db/summarizeSpec';
import type { SpecSummary, StoredSpec } from '../../renderer/src/db/types';
import { addToSpecIndex, createSpecIndex, searchSpecIndex, toSearchDocument } from '../../shared/search';
import { specFromText } from '../../shared/import';
import { PARSER_VERSION } from '../../shared/spec';
import { renderTxt } from '../fixtures/generateSpecDocuments';
import { LEVELS, pick, sampleSpec, type SpecVocabulary } from './sampleSpecs';

export const CLASS_COUNT = 5000;

type Figures = Record<string, number | string | null>;
export type Rows = Readonly<{ specs: StoredSpec[]; summaries: SpecSummary[] }>;

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: readonly number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] ?? 0;
};

// A library spans many occupations: each class's duties come mostly from its own occupation's work,
// so a word like "meter" occurs in a minority of classes, as in real collections.
const EMPLOYERS = [
  'City of Riverton',
  'County of Alder',
  'State Department of Revenue',
  'Metro Transit Authority',
  'Town of Eastbrook',
  'Harbor Port District',
  'Valley School District',
  'City of Lakeside',
];
const WORK: Readonly<Record<string, readonly string[]>> = {
  'Customer Service': [
    'service complaints',
    'customer accounts',
    'billing disputes',
    'payment arrangements',
    'call queues',
  ],
  Accounting: ['journal entries', 'cash deposits', 'ledger reconciliations', 'vendor invoices', 'audit schedules'],
  'Information Technology': [
    'network changes',
    'server backups',
    'user accounts',
    'firewall rules',
    'software licenses',
  ],
  'Human Resources': [
    'job announcements',
    'benefit enrollments',
    'personnel actions',
    'classification studies',
    'grievance files',
  ],
  Planning: ['zoning applications', 'land use maps', 'subdivision plats', 'comprehensive plans', 'variance requests'],
  'Water Utility': [
    'meter reading routes',
    'water samples',
    'service connections',
    'meter installations',
    'leak reports',
  ],
  Procurement: ['purchase orders', 'bid documents', 'vendor contracts', 'requisitions', 'supplier evaluations'],
  Records: [
    'property records',
    'court filings',
    'retention schedules',
    'public records requests',
    'microfilm archives',
  ],
  Fleet: ['diesel engines', 'fuel logs', 'fleet maintenance records', 'brake systems', 'vehicle inspections'],
  Parks: ['playground equipment', 'recreation programs', 'turf areas', 'irrigation systems', 'park reservations'],
  Library: ['library collections', 'circulation records', 'reading programs', 'interlibrary loans', 'catalog entries'],
  'Public Safety Communications': [
    'emergency calls',
    'radio equipment',
    'dispatch logs',
    'unit assignments',
    'incident records',
  ],
  Engineering: ['construction plans', 'survey data', 'storm drains', 'traffic signals', 'bridge inspections'],
  'Building Inspection': [
    'building permits',
    'code violations',
    'occupancy certificates',
    'electrical installations',
    'plan reviews',
  ],
  Payroll: ['payroll registers', 'timesheets', 'tax withholdings', 'garnishment orders', 'leave balances'],
  'Transit Operations': [
    'bus schedules',
    'route timetables',
    'operator assignments',
    'ridership counts',
    'passenger complaints',
  ],
};
const GENERAL_WORK = ['budget requests', 'training plans', 'work schedules', 'safety audits', 'grant applications'];
const FAMILIES = Object.keys(WORK);
const VERBS = [
  'Reviews',
  'Prepares',
  'Coordinates',
  'Supervises',
  'Analyzes',
  'Maintains',
  'Evaluates',
  'Trains',
  'Processes',
  'Develops',
  'Monitors',
  'Inspects',
  'Schedules',
  'Repairs',
  'Audits',
  'Drafts',
  'Negotiates',
  'Investigates',
  'Installs',
  'Catalogs',
  'Dispatches',
  'Reconciles',
  'Designs',
  'Tests',
];
const CLAUSES = [
  'for accuracy and completeness',
  'in accordance with department policy',
  'and recommends improvements',
  'with other divisions and outside agencies',
  'using the enterprise information system',
  'to meet deadlines set by management',
  'under general supervision',
  'following state and federal regulations',
  'during emergencies and peak periods',
  'for the city council and the public',
  'at field locations throughout the service area',
  'within the approved budget',
];
const QUERIES = [
  'meter',
  'budget',
  'supervisor',
  'customer service',
  'inspects water',
  'purch',
  'acounting',
  'network changes',
  'zoning',
  'director planning',
  'records technician',
  'vendor',
  'diesel',
  'riverton',
  '1042',
  'payroll reg',
  'emergncy calls',
  'library',
  'storm drains',
  'reviews',
];

const VOCABULARY: SpecVocabulary = {
  seedOffset: 11,
  employers: EMPLOYERS,
  families: FAMILIES,
  levels: LEVELS,
  verbs: VERBS,
  clauses: CLAUSES,
  dutyObject: (next, family) => (next() < 0.8 ? pick(next, WORK[family] ?? GENERAL_WORK) : pick(next, GENERAL_WORK)),
  essentialDuties: { least: 6, spread: 12 },
  education: () => "A bachelor's degree in business or public administration.",
};

/** `count` parsed classes as the renderer stores them (spec rows plus their library summaries). */
export function buildRows(count = CLASS_COUNT): Rows {
  const specs: StoredSpec[] = [];
  for (let index = 0; index < count; index += 1) {
    const fileName = `bench-${index}.txt`;
    const spec = specFromText(renderTxt(sampleSpec(VOCABULARY, index)));
    specs.push({
      ...identifyClass(spec, fileName),
      id: `bench-${index.toString(16).padStart(8, '0')}`,
      version: 1,
      parserVersion: PARSER_VERSION,
      sourceName: fileName,
      format: 'txt',
      size: spec.text.length,
      importedAt: index,
      warningCount: spec.warnings.length,
      spec,
    });
  }
  return { specs, summaries: specs.map((row) => summarizeSpec(row, 1)) };
}

/** Index build time and search latency (20 rounds of the queries) over the library, in this process. */
export function measureSearch(rows: Rows): Figures {
  const count = rows.specs.length;
  const index = createSpecIndex();
  const started = performance.now();
  addToSpecIndex(
    index,
    rows.specs.map((row) => toSearchDocument(row.id, row.spec)),
  );
  const buildMs = performance.now() - started;
  const timings: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const query of QUERIES) {
      const before = performance.now();
      searchSpecIndex(index, query);
      timings.push(performance.now() - before);
    }
  }
  return {
    [`search.index_build_ms_${count}`]: round(buildMs, 0),
    [`search.p95_ms_${count}`]: round(percentile(timings, 0.95), 2),
  };
}
