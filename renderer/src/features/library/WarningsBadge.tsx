type WarningsBadgeProps = Readonly<{ warnings: readonly string[] }>;

/** How many things the parser could not read; the list is in the tooltip and the accessible name. */
export function WarningsBadge({ warnings }: WarningsBadgeProps) {
  if (warnings.length === 0) return null;
  const noun = warnings.length === 1 ? 'warning' : 'warnings';
  const list = warnings.join('\n');
  return (
    <span
      className="badge badge--warning"
      title={list}
      aria-label={`${warnings.length} ${noun}: ${warnings.join('; ')}`}
    >
      ⚠ {warnings.length}
    </span>
  );
}
