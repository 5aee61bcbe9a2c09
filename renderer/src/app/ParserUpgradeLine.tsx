import type { ParserUpgrade } from './useParserUpgrade';

type ParserUpgradeLineProps = Readonly<{ upgrade: ParserUpgrade; onDismiss: () => void }>;

/** One line while stored specs are re-read by a newer parser, then how many records changed. */
export function ParserUpgradeLine({ upgrade, onDismiss }: ParserUpgradeLineProps) {
  if (upgrade.kind === 'idle') return null;
  if (upgrade.kind === 'failed') {
    return (
      <p className="notice notice--warning" role="alert">
        Re-reading stored specs with the new parser failed: {upgrade.message}. They keep their earlier reading; the app
        tries again on its next start.{' '}
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    );
  }
  const { done, total, changed } = upgrade;
  return (
    <section className="parser-upgrade" aria-label="Parser upgrade">
      {upgrade.kind === 'running' ? (
        <>
          <progress aria-label="Stored specs re-read" max={Math.max(total, 1)} value={done} />
          <span role="status">
            Re-reading stored specs with the new parser: {done} of {total}…
          </span>
        </>
      ) : (
        <>
          <span role="status">
            Stored specs re-read with the new parser: {changed} of {total} records changed. Comparisons, notes and
            annotations are unchanged.
          </span>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </section>
  );
}
