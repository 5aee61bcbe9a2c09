import { useEffect, useRef } from 'react';
import { navigate, replaceRoute, type Route } from '../../routing';
import { useCompareChoices, usePairComparisons, useSavedComparison, useSpecs } from '../../db';
import { useActivityModel } from '../../engine';
import { CompareWorkspace } from './CompareWorkspace';
import { PairComparisonChooser } from './PairComparisonChooser';
import { SpecPicker, WorkModelAlert } from '../../components';
import { useThreshold } from './useThreshold';
import '../../components/tables.css';
import '../../components/comparisonHeader.css';

type CompareViewProps = Readonly<{ route: Route }>;

/** #/compare?a=&b=&saved= : pick two classes and compare them side by side; a pair with saved work opens that work. */
export function CompareView({ route }: CompareViewProps) {
  const params = route.name === 'compare' ? route : { a: undefined, b: undefined, savedId: undefined };
  const summaries = useCompareChoices();
  const saved = useSavedComparison(params.savedId);
  const [threshold, setThreshold] = useThreshold();
  const aId = params.a ?? saved?.leftId;
  const bId = params.b ?? saved?.rightId;
  const specs = useSpecs([aId ?? '', bId ?? '']);
  const pairRows = usePairComparisons(aId, bId);
  // Comparisons this view created on the analyst's first change: the workspace that made one keeps running (no reload).
  const createdHere = useRef(new Set<number>());
  const left = aId ? specs?.[0] : null;
  const right = bId ? specs?.[1] : null;

  // Opening a pair without a saved id opens its latest saved comparison, so earlier work is never hidden behind a blank one.
  const latest = params.savedId === undefined ? pairRows?.[0] : undefined;
  useEffect(() => {
    if (latest?.id !== undefined)
      replaceRoute({ name: 'compare', a: latest.leftId, b: latest.rightId, savedId: latest.id });
  }, [latest]);

  const isOwnCreation = params.savedId !== undefined && createdHere.current.has(params.savedId);
  // A saved comparison belongs to its own pair of classes in its own order (overrides are by duty index).
  const savedHere = saved && saved.leftId === left?.id && saved.rightId === right?.id ? saved : null;
  const workspaceKey = savedHere?.id !== undefined && !isOwnCreation ? savedHere.id : 'new';
  const pick = (side: 'a' | 'b', id: string): void =>
    navigate({ name: 'compare', a: side === 'a' ? id : aId, b: side === 'b' ? id : bId });
  const activities = useActivityModel();
  const isLoading =
    summaries === undefined ||
    specs === undefined ||
    (saved === undefined && !isOwnCreation) ||
    (params.savedId === undefined && (pairRows === undefined || latest !== undefined)) ||
    (activities.model === null && activities.error === null);

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare classes</h1>
      <div className="compare-pickers">
        <SpecPicker label="Class A" summaries={summaries ?? []} selectedId={aId} onSelect={(id) => pick('a', id)} />
        <button
          type="button"
          className="swap-button"
          onClick={() => navigate({ name: 'compare', a: bId, b: aId })}
          disabled={!aId && !bId}
          aria-label="Swap classes A and B"
        >
          <span aria-hidden="true">⇄</span> Swap
        </button>
        <SpecPicker label="Class B" summaries={summaries ?? []} selectedId={bId} onSelect={(id) => pick('b', id)} />
      </div>
      {params.savedId !== undefined && saved === null && <p role="alert">That saved comparison no longer exists.</p>}
      <WorkModelAlert error={activities.error} />
      {pairRows && pairRows.length > 1 && <PairComparisonChooser rows={pairRows} currentId={savedHere?.id} />}
      {isLoading ? (
        <p role="status">Loading…</p>
      ) : left && right ? (
        <CompareWorkspace
          key={`${left.id}|${right.id}|${workspaceKey}`}
          left={left}
          right={right}
          saved={savedHere}
          activities={activities.model}
          initialThreshold={threshold}
          onThresholdChange={setThreshold}
          onCreated={(id) => {
            createdHere.current.add(id);
            replaceRoute({ name: 'compare', a: left.id, b: right.id, savedId: id });
          }}
        />
      ) : (aId && !left) || (bId && !right) ? (
        <p role="alert">A class in this comparison is no longer in the library.</p>
      ) : (
        <p className="muted">Pick two classes to compare them duty by duty and factor by factor.</p>
      )}
    </section>
  );
}
