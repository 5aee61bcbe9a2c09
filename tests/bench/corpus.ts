// A synthetic library of class specifications for the import benchmark: varied employers, titles,
// heading vocabularies, bullet styles, encodings and line endings, written to a temp folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { renderDocx, renderPdf, type SampleSpec } from '../fixtures/generateSpecDocuments';
import { LEVELS, pick, sampleSpec, seededRandom, type SpecVocabulary } from './sampleSpecs';

export type Corpus = Readonly<{
  folder: string;
  txt: readonly string[];
  pdf: readonly string[];
  docx: readonly string[];
}>;

const EMPLOYERS = [
  'City of Riverton',
  'County of Alder',
  'State Department of Revenue',
  'Metro Transit Authority',
  'Town of Eastbrook',
  'Harbor Port District',
];
const FAMILIES = [
  'Customer Service',
  'Accounting',
  'Information Technology',
  'Human Resources',
  'Planning',
  'Maintenance',
  'Procurement',
  'Records',
];
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
  'Recommends',
];
const OBJECTS = [
  'budget requests',
  'service complaints',
  'vendor contracts',
  'personnel actions',
  'work schedules',
  'inspection reports',
  'payment records',
  'system changes',
  'training plans',
  'policy drafts',
];
const CLAUSES = [
  'for accuracy and completeness',
  'in accordance with department policy',
  'and recommends improvements to procedures',
  'with other divisions and outside agencies',
  'using the enterprise information system',
  'to meet deadlines set by management',
];
const DUTY_HEADINGS = [
  'ESSENTIAL DUTIES:',
  'Essential Functions',
  'EXAMPLES OF DUTIES',
  'Duties and Responsibilities:',
  'TYPICAL TASKS',
];
const BULLETS = ['• ', '- ', '* ', 'number'];
const ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le'] as const;

const VOCABULARY: SpecVocabulary = {
  seedOffset: 1,
  employers: EMPLOYERS,
  families: FAMILIES,
  levels: LEVELS,
  verbs: VERBS,
  clauses: CLAUSES,
  dutyObject: (next) => pick(next, OBJECTS),
  essentialDuties: { least: 4, spread: 10 },
  education: (next) =>
    pick(next, [
      'Graduation from high school or GED.',
      "An associate's degree in a related field.",
      "A bachelor's degree in business or public administration.",
    ]),
};

/** A text-file rendering with the employer's own headings, bullet style and wrapping. */
function specText(spec: SampleSpec, index: number): string {
  const next = seededRandom(index * 7 + 3);
  const bullet = pick(next, BULLETS);
  const wrapAt = next() < 0.5 ? 0 : 70 + Math.floor(next() * 20);
  const wrap = (text: string) =>
    wrapAt === 0 ? text : text.replace(new RegExp(`(.{1,${wrapAt}})(\\s+|$)`, 'g'), '$1\n').trimEnd();
  const items = spec.essentialDuties.map((item, at) => wrap(`${bullet === 'number' ? `${at + 1}. ` : bullet}${item}`));
  return [
    spec.employer.toUpperCase(),
    `Class Title: ${spec.title}`,
    `Class Code: ${spec.code}    Pay Grade: ${spec.grade}`,
    'DEFINITION:',
    wrap(spec.summary),
    pick(next, DUTY_HEADINGS),
    items.join('\n'),
    'OTHER DUTIES:',
    spec.otherDuties.map((item) => `- ${item}`).join('\n'),
    'MINIMUM QUALIFICATIONS:',
    `Education: ${spec.education}`,
    `Experience: ${spec.experience} Knowledge of “best practices” – including the employee’s role.`,
  ].join('\n\n');
}

function encode(text: string, index: number): Uint8Array {
  const encoding = ENCODINGS[index % ENCODINGS.length] ?? 'utf-8';
  const withEndings = index % 3 === 0 ? text.replace(/\n/g, '\r\n') : text;
  if (encoding === 'utf-8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(withEndings)]);
  if (encoding === 'utf-8') return new TextEncoder().encode(withEndings);
  if (encoding === 'utf-16le') return new Uint8Array(iconv.encode(withEndings, 'utf-16le', { addBOM: true }));
  return new Uint8Array(iconv.encode(withEndings, 'windows-1252'));
}

/** Writes `txtCount` text specs and `binaryCount` each of PDF and DOCX into `folder`. */
export async function writeCorpus(folder: string, txtCount: number, binaryCount: number): Promise<Corpus> {
  const txt: string[] = [];
  const pdf: string[] = [];
  const docx: string[] = [];
  await mkdir(join(folder, 'txt'), { recursive: true });
  await mkdir(join(folder, 'pdf'), { recursive: true });
  await mkdir(join(folder, 'docx'), { recursive: true });
  for (let index = 0; index < txtCount; index += 1) {
    const path = join(folder, 'txt', `spec-${index}.txt`);
    await writeFile(path, encode(specText(sampleSpec(VOCABULARY, index), index), index));
    txt.push(path);
  }
  for (let index = 0; index < binaryCount; index += 1) {
    const spec = sampleSpec(VOCABULARY, txtCount + index);
    const pdfPath = join(folder, 'pdf', `spec-${index}.pdf`);
    await writeFile(
      pdfPath,
      (await renderPdf(spec, { pageHeight: 792, header: `${spec.employer} Class Specification`, fontSize: 10 })).bytes,
    );
    pdf.push(pdfPath);
    const docxPath = join(folder, 'docx', `spec-${index}.docx`);
    await writeFile(docxPath, await renderDocx(spec));
    docx.push(docxPath);
  }
  return { folder, txt, pdf, docx };
}
