import { useState } from 'react';
import { buildStudyReport, renderStudyHtml } from '../../../../shared/studyReport';
import { BUNDLE_EXTENSION, encodeStudyBundle } from '../../../../shared/study';
import { modelForReport } from '../../engine';
import { useAppServices } from '../../services';
import { loadStudyMaterials, type StudyRow } from '../../db';
import { safeFileName } from '../export';
import { reportDate, webSha256 } from './studyFiles';

type ReportActionsProps = Readonly<{ study: StudyRow }>;

const encoder = new TextEncoder();

/** The study report printed (through the host's one print pipeline, as comparisons are), saved as HTML or Word, and the study exported as one bundle file. */
export function ReportActions({ study }: ReportActionsProps) {
  const { host } = useAppServices();
  const [status, setStatus] = useState('');
  const buildReport = async () => {
    const activities = await modelForReport();
    return buildStudyReport(await loadStudyMaterials(study), reportDate(), activities ? { activities } : {});
  };
  const reportHtml = async (): Promise<string> => renderStudyHtml(await buildReport());
  const base = study.caseNumber ? `${study.caseNumber} ${study.name}` : study.name;

  const run = async (label: string, action: () => Promise<boolean | void>): Promise<void> => {
    setStatus(`${label}…`);
    try {
      const done = await action();
      setStatus(done === false ? `${label} cancelled.` : `${label} done.`);
    } catch (error) {
      setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section className="study-section" aria-labelledby="study-report">
      <h2 id="study-report">Report and bundle</h2>
      <div className="export-menu" role="group" aria-label="Study report and bundle">
        <button type="button" onClick={() => void run('Print report', async () => host.printHtml(await reportHtml()))}>
          Print report…
        </button>
        <button
          type="button"
          onClick={() =>
            void run('Save report as HTML', async () =>
              host.saveFile(safeFileName(base, 'html'), 'html', encoder.encode(await reportHtml())),
            )
          }
        >
          Save report as HTML
        </button>
        <button
          type="button"
          onClick={() =>
            void run('Save report as Word', async () => {
              const { renderStudyDocx } = await import('../../../../shared/studyDocx');
              const bytes = await renderStudyDocx(await buildReport());
              return host.saveFile(safeFileName(base, 'docx'), 'docx', bytes);
            })
          }
        >
          Save report as Word
        </button>
        <button
          type="button"
          onClick={() =>
            void run('Export study bundle', async () => {
              const bytes = await encodeStudyBundle(await loadStudyMaterials(study), webSha256, Date.now());
              return host.saveFile(safeFileName(base, BUNDLE_EXTENSION), 'study', bytes);
            })
          }
        >
          Export study bundle
        </button>
        <span className="export-menu__status" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}
