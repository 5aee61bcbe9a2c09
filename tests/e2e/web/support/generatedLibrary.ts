// Writes a folder an analyst might pick: 20 class specs in three formats and 5 files that cannot be imported.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx, renderPdf, renderTxt, type SampleSpec } from '../../../fixtures/generateSpecDocuments';
import { binaryJunk, declareUncompressedSize, oleCompoundFile, truncated } from '../../../fixtures/generateMalformed';

type Outline = Readonly<{ title: string; employer: string; grade: number; duties: readonly string[] }>;

const EMPLOYERS = ['City of Fairview', 'Shelby County', 'Town of Easton', 'Lakeside Water District'];

// Four classes read meters; the other sixteen never use the word (nor near-spellings), so search results are checkable.
const OUTLINES: readonly Outline[] = [
  {
    title: 'Water Meter Reader',
    employer: EMPLOYERS[3] ?? '',
    grade: 9,
    duties: [
      'Reads residential and commercial water meters along an assigned route.',
      'Reports damaged or tampered meters and leaks to the field supervisor.',
    ],
  },
  {
    title: 'Meter Services Supervisor',
    employer: EMPLOYERS[3] ?? '',
    grade: 17,
    duties: [
      'Supervises crews that install, test and repair customer meters.',
      'Schedules meter reading routes and reviews exception reports.',
    ],
  },
  {
    title: 'Utility Field Technician',
    employer: EMPLOYERS[0] ?? '',
    grade: 12,
    duties: [
      'Performs meter reading and service turn-ons and shut-offs.',
      'Investigates high consumption complaints at customer premises.',
    ],
  },
  {
    title: 'Billing Analyst',
    employer: EMPLOYERS[1] ?? '',
    grade: 16,
    duties: [
      'Validates billing exceptions using meter reading history.',
      'Prepares monthly revenue reconciliation reports.',
    ],
  },
  {
    title: 'Accounting Clerk',
    employer: EMPLOYERS[0] ?? '',
    grade: 8,
    duties: [
      'Posts payments and adjustments to customer accounts.',
      'Reconciles daily cash deposits with the bank statement.',
    ],
  },
  {
    title: 'Payroll Specialist',
    employer: EMPLOYERS[1] ?? '',
    grade: 13,
    duties: [
      'Processes biweekly payroll for all departments.',
      'Answers employee questions about deductions and leave balances.',
    ],
  },
  {
    title: 'Civil Engineer',
    employer: EMPLOYERS[0] ?? '',
    grade: 24,
    duties: [
      'Designs roadway and drainage improvements.',
      'Reviews contractor submittals for compliance with standards.',
    ],
  },
  {
    title: 'Engineering Technician',
    employer: EMPLOYERS[2] ?? '',
    grade: 14,
    duties: [
      'Drafts plans and profiles using computer-aided design software.',
      'Inspects construction sites and records quantities.',
    ],
  },
  {
    title: 'Librarian',
    employer: EMPLOYERS[2] ?? '',
    grade: 15,
    duties: ['Selects and catalogs books and digital resources.', 'Plans reading programs for children and adults.'],
  },
  {
    title: 'Library Assistant',
    employer: EMPLOYERS[2] ?? '',
    grade: 7,
    duties: ['Checks materials in and out at the circulation desk.', 'Shelves returned books in call-number order.'],
  },
  {
    title: 'Park Maintenance Worker',
    employer: EMPLOYERS[1] ?? '',
    grade: 6,
    duties: [
      'Mows turf, trims shrubs and removes litter in city parks.',
      'Repairs benches, fences and playground equipment.',
    ],
  },
  {
    title: 'Recreation Coordinator',
    employer: EMPLOYERS[0] ?? '',
    grade: 13,
    duties: ['Organizes youth sports leagues and summer camps.', 'Recruits and trains seasonal recreation staff.'],
  },
  {
    title: 'Police Records Clerk',
    employer: EMPLOYERS[1] ?? '',
    grade: 8,
    duties: [
      'Enters incident reports into the records management system.',
      'Processes public records requests under state law.',
    ],
  },
  {
    title: 'Emergency Dispatcher',
    employer: EMPLOYERS[1] ?? '',
    grade: 12,
    duties: [
      'Answers emergency calls and dispatches police, fire and medical units.',
      'Monitors radio traffic and maintains unit status.',
    ],
  },
  {
    title: 'Human Resources Analyst',
    employer: EMPLOYERS[2] ?? '',
    grade: 18,
    duties: [
      'Conducts job analyses and recommends classification of positions.',
      'Administers recruitment and examination processes.',
    ],
  },
  {
    title: 'Budget Officer',
    employer: EMPLOYERS[0] ?? '',
    grade: 22,
    duties: [
      'Prepares the annual operating budget and capital plan.',
      'Monitors departmental spending against appropriations.',
    ],
  },
  {
    title: 'Building Inspector',
    employer: EMPLOYERS[2] ?? '',
    grade: 16,
    duties: [
      'Inspects residential construction for code compliance.',
      'Issues correction notices and approves occupancy.',
    ],
  },
  {
    title: 'Purchasing Agent',
    employer: EMPLOYERS[3] ?? '',
    grade: 15,
    duties: ['Solicits bids and negotiates contracts for goods and services.', 'Maintains the approved vendor list.'],
  },
  {
    title: 'Fleet Mechanic',
    employer: EMPLOYERS[3] ?? '',
    grade: 11,
    duties: [
      'Diagnoses and repairs diesel and gasoline vehicles.',
      'Performs preventive maintenance on heavy equipment.',
    ],
  },
  {
    title: 'Network Administrator',
    employer: EMPLOYERS[0] ?? '',
    grade: 21,
    duties: ['Configures routers, switches and firewalls.', 'Monitors network performance and resolves outages.'],
  },
];

function toSample(outline: Outline, index: number): SampleSpec {
  return {
    employer: outline.employer,
    title: outline.title,
    code: String(5100 + index * 7),
    grade: String(outline.grade),
    summary: `Performs professional and technical work as a ${outline.title} for the ${outline.employer}.`,
    essentialDuties: outline.duties,
    otherDuties: ['Performs related work as required.'],
    timeTable: [
      ['Core duties', '80%'],
      ['Other work', '20%'],
    ],
    education: index % 2 === 0 ? 'High school diploma or GED.' : "Bachelor's degree in a related field.",
    experience: `${(index % 5) + 1} years of related experience.`,
  };
}

export type GeneratedClass = Readonly<{
  title: string;
  fileName: string;
  employer: string;
  grade: number;
  mentionsMeter: boolean;
}>;
export type GeneratedFolder = Readonly<{
  folder: string;
  classes: readonly GeneratedClass[];
  brokenFiles: readonly string[];
}>;

/** Creates the folder (in a fresh temp dir) and says what is in it. */
export async function writeGeneratedLibrary(): Promise<GeneratedFolder> {
  const folder = join(await mkdtemp(join(tmpdir(), 'reclass-import-')), 'class specs');
  await mkdir(join(folder, 'pdf'), { recursive: true });
  const classes: GeneratedClass[] = [];
  for (const [index, outline] of OUTLINES.entries()) {
    const spec = toSample(outline, index);
    const base = outline.title.toLowerCase().replace(/\s+/g, '-');
    const format = index % 4 === 1 ? 'pdf' : index % 4 === 3 ? 'docx' : 'txt';
    const fileName = format === 'pdf' ? `pdf/${base}.pdf` : `${base}.${format}`;
    const bytes =
      format === 'pdf'
        ? (await renderPdf(spec)).bytes
        : format === 'docx'
          ? await renderDocx(spec)
          : new TextEncoder().encode(renderTxt(spec));
    await writeFile(join(folder, fileName), bytes);
    classes.push({
      title: outline.title,
      fileName,
      employer: outline.employer,
      grade: outline.grade,
      mentionsMeter: outline.duties.some((duty) => /meter/i.test(duty)),
    });
  }
  const pdfBytes = (await renderPdf(toSample(OUTLINES[6] as Outline, 6))).bytes;
  const docxBytes = await renderDocx(toSample(OUTLINES[7] as Outline, 7));
  const broken: readonly (readonly [string, Uint8Array])[] = [
    ['empty.txt', new Uint8Array(0)],
    ['scanned-junk.txt', binaryJunk(8192)],
    ['truncated.pdf', truncated(pdfBytes, 0.3)],
    ['corrupt.docx', declareUncompressedSize(docxBytes, 0xfffffff0)],
    ['encrypted.docx', oleCompoundFile()],
  ];
  for (const [name, bytes] of broken) await writeFile(join(folder, name), bytes);
  return { folder, classes, brokenFiles: broken.map(([name]) => name) };
}
