import { describeFailure } from '../../../shared/import';
import { useAppServices, useImportProgress } from '../services';

function summarize(added: number, unchanged: number, failed: number): string {
  const parts = [`${added} imported`];
  if (unchanged) parts.push(`${unchanged} already in the library`);
  if (failed) parts.push(`${failed} failed`);
  return parts.join(', ');
}

/** Progress of the running import, then its report: counts and every file that failed, with the reason. */
export function ImportPanel() {
  const { imports } = useAppServices();
  const progress = useImportProgress();
  if (!progress.importId) return null;
  const { isRunning, isCancelled, done, total, added, unchanged, failures } = progress;
  const heading = isRunning ? 'Importing…' : isCancelled ? 'Import cancelled' : 'Import finished';
  return (
    <section className="import-panel" aria-label="Import progress">
      <div className="import-panel__status">
        <strong>{heading}</strong>
        <progress aria-label="Files processed" max={Math.max(total, 1)} value={done} />
        <span role="status">
          {done} of {total} files · {summarize(added, unchanged, failures.length)}
        </span>
        {isRunning ? (
          <button type="button" onClick={() => void imports.cancel()}>
            Cancel import
          </button>
        ) : (
          <button type="button" onClick={imports.dismiss}>
            Dismiss
          </button>
        )}
      </div>
      {failures.length > 0 && (
        <ul className="import-panel__failures" aria-label="Files that could not be imported">
          {failures.map((failure, index) => (
            <li key={`${failure.relativePath}-${index}`}>
              <strong>{failure.relativePath || failure.fileName}</strong>: {describeFailure(failure)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
