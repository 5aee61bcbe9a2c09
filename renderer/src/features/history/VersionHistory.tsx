import { useMemo } from 'react';
import { describeVersionChanges, summarizeVersionChanges } from '../../../../shared/history';
import { routeToHash } from '../../routing';
import { useClassVersions, useSpecVersions } from '../../db';
import type { StoredSpec } from '../../db';

type VersionHistoryProps = Readonly<{ stored: StoredSpec }>;

/** The class's versions, newest first, each with its dates, file and what changed from the version before. */
export function VersionHistory({ stored }: VersionHistoryProps) {
  const versions = useClassVersions(stored.classKey);
  const latestId = useSpecVersions(stored.classKey)?.find((summary) => summary.isLatest === 1)?.id;
  const entries = useMemo(
    () =>
      (versions ?? [])
        .map((version, index, all) => {
          const previous = all[index - 1];
          return {
            version,
            previous,
            change: previous
              ? summarizeVersionChanges(describeVersionChanges(previous.spec, version.spec))
              : 'First version imported.',
          };
        })
        .reverse(),
    [versions],
  );
  if (!versions) return <p role="status">Loading versions…</p>;
  return (
    <ol className="version-history" reversed aria-label="Versions of this class, newest first">
      {entries.map(({ version, previous, change }) => (
        <li key={version.id} aria-current={version.id === stored.id ? 'true' : undefined}>
          <p className="version-history__title">
            {version.id === stored.id ? (
              <strong>Version {version.version} (shown)</strong>
            ) : (
              <a href={routeToHash({ name: 'spec', specId: version.id })}>Version {version.version}</a>
            )}
            {version.id === latestId ? ' · latest' : ''}
          </p>
          <p className="version-history__facts">
            {version.spec.effectiveDate && <>Effective {version.spec.effectiveDate} · </>}
            {version.spec.revisedDate && <>Revised {version.spec.revisedDate} · </>}
            Imported {new Date(version.importedAt).toLocaleString()} · {version.sourceName}
          </p>
          <p className="version-history__change">{change}</p>
          {previous && (
            <a href={routeToHash({ name: 'compare', a: previous.id, b: version.id })}>
              Compare version {previous.version} with version {version.version}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
