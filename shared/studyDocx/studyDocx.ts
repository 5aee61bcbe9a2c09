import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { NOT_CONSIDERED, overviewRows, type CandidateSection, type StudyReport } from '../studyReport';

type Cell = string | Readonly<{ text: string; notes: readonly number[] }>;

const refs = (notes: readonly number[]): FootnoteReferenceRun[] =>
  notes.map((number) => new FootnoteReferenceRun(number));

const para = (
  text: string,
  notes: readonly number[] = [],
  options: Readonly<{ bold?: boolean; italics?: boolean; size?: number }> = {},
): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text, ...options }), ...refs(notes)],
  });

const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  notes: readonly number[] = [],
): Paragraph =>
  new Paragraph({
    heading: level,
    keepNext: true,
    children: [new TextRun(text), ...refs(notes)],
  });

function cellOf(value: Cell, header = false): TableCell {
  const { text, notes } = typeof value === 'string' ? { text: value, notes: [] } : value;
  return new TableCell({
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold: header, size: 18 }), ...refs(notes)],
      }),
    ],
  });
}

function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((header) => cellOf(header, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((cell) => cellOf(cell)),
          }),
      ),
    ],
  });
}

const fields = (rows: readonly (readonly [string, string])[]): Table =>
  table(
    ['Item', 'Value'],
    rows.map(([label, value]) => [label, value]),
  );

function candidateBlocks(section: CandidateSection, index: number): (Paragraph | Table)[] {
  const roles = section.roles.length ? ` (${section.roles.join(', ')})` : '';
  const blocks: (Paragraph | Table)[] = [
    heading(`4.${index + 1} ${section.title}${roles}`, HeadingLevel.HEADING_2),
    para(
      `${section.verdict} at a ${section.threshold} threshold. Position’s duties found in the class: ${section.positionInClass}; class duties the position performs: ${section.classInPosition}.`,
    ),
  ];
  if (section.concept.length) {
    blocks.push(
      heading('Class concept', HeadingLevel.HEADING_3),
      table(
        ['Section', 'Position', 'Class'],
        section.concept.map((row) => [{ text: row.heading, notes: row.noteNumbers }, row.subject, row.candidate]),
      ),
    );
  }
  if (section.factors.length) {
    blocks.push(
      heading('Factors', HeadingLevel.HEADING_3),
      table(
        ['Factor', 'Position', 'Class', 'Change', 'Class statement'],
        section.factors.map((row) => [
          { text: row.name, notes: row.noteNumbers },
          row.subject,
          row.candidate,
          row.change,
          row.evidence,
        ]),
      ),
    );
  }
  blocks.push(
    heading('Duties of the position against the class', HeadingLevel.HEADING_3),
    table(
      ['#', 'Position duty', 'Time', 'Class duty', 'Relation', 'Reason'],
      section.pairs.map((row) => [
        String(row.subjectNumber ?? ''),
        row.subjectText,
        row.percentTime,
        row.candidateNumber === null ? '—' : `${row.candidateNumber}. ${row.candidateText}`,
        { text: row.relation, notes: row.noteNumbers },
        row.reason,
      ]),
    ),
  );
  if (section.classOnly.length)
    blocks.push(
      para('Class duties the position does not perform:', [], { bold: true }),
      ...section.classOnly.map((duty) => new Paragraph({ text: duty, bullet: { level: 0 } })),
    );
  return blocks;
}

function overviewBlocks(report: StudyReport): (Paragraph | Table)[] {
  const { overview } = report;
  if (!overview.columns.length) return [para('No candidate classes.')];
  return [
    table(
      ['', ...overview.columns.map((column) => column.title)],
      overviewRows(overview).map(({ label, values }) => [label, ...values]),
    ),
    ...(overview.bestFit ? [para(`Best fit by duties and factor levels: ${overview.bestFit}.`)] : []),
  ];
}

const small = (text: string): TextRun => new TextRun({ text, size: 16 });

/** The study report as an editable Word document: same sections as the printout, notes as real footnotes, case/preparer/date and "Page n of m" on every page. */
export function buildStudyDocx(report: StudyReport): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(report.title)],
    }),
    para(
      `Reclassification report · case ${report.caseNumber} · prepared by ${report.preparer} · ${report.generatedOn} · status: ${report.status}`,
      [],
      { italics: true },
    ),
    heading('1. Request', HeadingLevel.HEADING_1),
    fields(report.request),
    para('Status history', [], { bold: true }),
    ...report.history.map(
      (change) =>
        new Paragraph({
          text: `${change.date}: ${change.status}${change.note ? ` — ${change.note}` : ''}`,
          bullet: { level: 0 },
        }),
    ),
    heading('2. Materials reviewed', HeadingLevel.HEADING_1),
    table(
      ['Role', 'Title', 'Employer', 'Code', 'Grade', 'Version', 'Effective', 'Revised', 'Source file and SHA-256'],
      report.materials.map((row) => [
        row.role,
        { text: row.title, notes: row.noteNumbers },
        row.employer,
        row.code,
        row.grade,
        row.version,
        row.effective,
        row.revised,
        `${row.sourceName} ${row.hash}`,
      ]),
    ),
    heading('3. Duties of the position', HeadingLevel.HEADING_1),
    para(report.subjectTitle),
    report.duties.length
      ? table(
          ['#', 'Duty', 'Time'],
          [
            ...report.duties.map((duty) => [String(duty.number), duty.text, duty.percentTime]),
            ...(report.totalTime ? [['', 'Total', report.totalTime]] : []),
          ],
        )
      : para('No position description in this study.'),
    heading('4. Comparison with the candidate classes', HeadingLevel.HEADING_1),
    ...overviewBlocks(report),
    ...report.candidates.flatMap(candidateBlocks),
    heading('5. Rationale', HeadingLevel.HEADING_1, report.rationaleNotes),
    ...(report.rationale
      ? report.rationale.split(/\n+/u).map((line) => para(line))
      : [para('No rationale recorded yet.', [], { italics: true })]),
    para(NOT_CONSIDERED, [], { italics: true }),
    heading('6. Recommendation', HeadingLevel.HEADING_1),
    fields(report.recommendation),
  ];
  const footnotes = Object.fromEntries(
    report.footnotes.map((note) => [
      String(note.number),
      {
        children: [
          new Paragraph({
            children: [new TextRun({ text: `${note.place}: `, bold: true }), new TextRun(note.text)],
          }),
        ],
      },
    ]),
  );
  return new Document({
    title: report.title,
    creator: report.preparer,
    description: `Reclassification report, case ${report.caseNumber}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    footnotes,
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [small(`Case ${report.caseNumber} · ${report.title}`)],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  small(`Prepared by ${report.preparer}, ${report.generatedOn} · Page `),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  small(' of '),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The report's .docx bytes. */
export async function renderStudyDocx(report: StudyReport): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildStudyDocx(report)));
}
