import { navigate, type Route } from '../../routing';
import { useLibrarySpecs, useSavedComparison, useSpecs } from '../../db';
import { CompareWorkspace } from './CompareWorkspace';
import { SpecPicker } from '../../components';
import { useThreshold } from './useThreshold';
import '../../components/tables.css';

type CompareViewProps = Readonly<{ route: Route }>;

/** #/compare?a=&b=&saved= : pick two classes and compare them side by side. */
export function CompareView({ route }: CompareViewProps) {
  const params = route.name === 'compare' ? route : { a: undefined, b: undefined, savedId: undefined };
  const summaries = useLibrarySpecs();
  const saved = useSavedComparison(params.savedId);
  const [threshold, setThreshold] = useThreshold();
  const aId = params.a ?? saved?.leftId;
  const bId = params.b ?? saved?.rightId;
  const specs = useSpecs([aId ?? '', bId ?? '']);
  const left = aId ? specs?.[0] : null;
  const right = bId ? specs?.[1] : null;

  // A saved comparison belongs to its own pair of classes in its own order (overrides are by duty index).
  const savedHere = saved && saved.leftId === left?.id && saved.rightId === right?.id ? saved : null;
  const pick = (side: 'a' | 'b', id: string): void => navigate({ name: 'compare', a: side === 'a' ? id : aId, b: side === 'b' ? id : bId });
  const isLoading = summaries === undefined || saved === undefined || specs === undefined;

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare classes</h1>
      <div className="compare-pickers">
        <SpecPicker label="Class A" summaries={summaries ?? []} selectedId={aId} onSelect={(id) => pick('a', id)} />
        <button type="button" className="swap-button" onClick={() => navigate({ name: 'compare', a: bId, b: aId })} disabled={!aId && !bId} aria-label="Swap classes A and B">
          <span aria-hidden="true">⇄</span> Swap
        </button>
        <SpecPicker label="Class B" summaries={summaries ?? []} selectedId={bId} onSelect={(id) => pick('b', id)} />
      </div>
      {params.savedId !== undefined && saved === null && <p role="alert">That saved comparison no longer exists.</p>}
      {isLoading ? (
        <p role="status">Loading…</p>
      ) : left && right ? (
        <CompareWorkspace
          key={`${left.id}|${right.id}|${savedHere?.id ?? 'new'}`}
          left={left}
          right={right}
          saved={savedHere}
          initialThreshold={threshold}
          onThresholdChange={setThreshold}
        />
      ) : (aId && !left) || (bId && !right) ? (
        <p role="alert">A class in this comparison is no longer in the library.</p>
      ) : (
        <p className="muted">Pick two classes to compare them duty by duty and factor by factor.</p>
      )}
    </section>
  );
}
