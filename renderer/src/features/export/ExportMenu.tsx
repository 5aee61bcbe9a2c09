import { useEffect, useState } from 'react';
import { buildCsv, type SheetModel } from '../../../../shared/report';
import { useAppServices } from '../../services';
import { safeFileName } from './fileNames';
import { writeXlsx } from './writeXlsx';

type ExportMenuProps = Readonly<{
  title: string;
  sheets: readonly SheetModel[];
  /** Builds the standalone printout (shared/report) on demand: what Print, Save as PDF and Save as HTML produce. */
  html: () => string;
}>;

const encoder = new TextEncoder();

/** Print, PDF, HTML, XLSX and CSV for the current view, through the platform host; the menu's Print prints the same printout. */
export function ExportMenu({ title, sheets, html }: ExportMenuProps) {
  const { host, printouts } = useAppServices();
  const [status, setStatus] = useState('');
  useEffect(() => printouts.register(html), [printouts, html]);

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
    <div className="export-menu" role="group" aria-label="Print and export">
      <button type="button" onClick={() => void run('Print', () => host.printHtml(html()))}>
        Print…
      </button>
      <button
        type="button"
        onClick={() => void run('Save as PDF', () => host.saveAsPdf(safeFileName(title, 'pdf'), html()))}
      >
        {host.kind === 'desktop' ? 'Save as PDF…' : 'Save as PDF (print dialog)…'}
      </button>
      <button
        type="button"
        onClick={() =>
          void run('Save as HTML', () => host.saveFile(safeFileName(title, 'html'), 'html', encoder.encode(html())))
        }
      >
        Save as HTML
      </button>
      <button
        type="button"
        onClick={() =>
          void run('Export XLSX', async () =>
            host.saveFile(safeFileName(title, 'xlsx'), 'xlsx', await writeXlsx(sheets)),
          )
        }
      >
        Export XLSX
      </button>
      {sheets.map((sheet) => (
        <button
          key={sheet.name}
          type="button"
          onClick={() =>
            void run(`Export ${sheet.name} CSV`, () =>
              host.saveFile(safeFileName(`${title} ${sheet.name}`, 'csv'), 'csv', encoder.encode(buildCsv(sheet))),
            )
          }
        >
          {sheet.name} CSV
        </button>
      ))}
      <span className="export-menu__status" role="status">
        {status}
      </span>
    </div>
  );
}
