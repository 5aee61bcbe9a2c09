// Study report speed: a study with 5 candidate classes rendered to PDF (the CLI's Chromium path,
// browser start included) and to Word, and the candidates matrix for 10 candidates.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHtmlToPdf } from '../../electron/cli/printout';
import { loadActivityModel } from '../../shared/compare';
import { addCandidates, buildCandidatesMatrix, typedPositionSpec, type StudyMaterials } from '../../shared/study';
import { renderStudyDocx } from '../../shared/studyDocx';
import { buildStudyReport, renderStudyHtml } from '../../shared/studyReport';
import { SUPERVISING_POSITION, seedMaterials, seedDocument } from '../unit/shared/study/studyFixture';

type Figures = Record<string, number | string | null>;

const round = (value: number) => Math.round(value * 10) / 10;

async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The fixture study (3 Houston candidates) with the Assistant Manager and the Portland Supervisor added: 5 candidates. */
function fiveCandidateStudy(): StudyMaterials {
  const base = seedMaterials();
  const extra = [seedDocument('000_b5875853682912a9.txt', 1), seedDocument('004_3aad121bddd0fb26.txt', 1)];
  return {
    ...base,
    specs: [...base.specs, ...extra],
    study: addCandidates(
      base.study,
      extra.map((document) => document.id),
    ),
  };
}

export async function measureStudy(): Promise<Figures> {
  const materials = fiveCandidateStudy();
  const engine = { activities: await loadActivityModel() };
  const folder = await mkdtemp(join(tmpdir(), 'reclass-study-bench-'));
  try {
    const pdfMs = await timedAsync(async () =>
      printHtmlToPdf(renderStudyHtml(buildStudyReport(materials, 'today', engine)), join(folder, 'study.pdf'), false),
    );
    await renderStudyDocx(buildStudyReport(materials, 'today', engine));
    const docxMs = await timedAsync(async () => renderStudyDocx(buildStudyReport(materials, 'today', engine)));
    const subject = typedPositionSpec(SUPERVISING_POSITION);
    const ten = Array.from({ length: 10 }, (_, index) => materials.specs[index % materials.specs.length]).map(
      (document, index) => ({ specId: `c${index}`, spec: document?.spec ?? subject }),
    );
    buildCandidatesMatrix(subject, ten, engine);
    const started = performance.now();
    buildCandidatesMatrix(subject, ten, engine);
    const matrixMs = performance.now() - started;
    return {
      'study.report_pdf_ms': round(pdfMs),
      'study.report_docx_ms': round(docxMs),
      'study.matrix_10_candidates_ms': round(matrixMs),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
