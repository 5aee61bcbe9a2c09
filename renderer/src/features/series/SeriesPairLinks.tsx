import { pairKey, useLatestPairComparisons } from '../../db';
import { routeToHash } from '../../routing';

export type LadderRung = Readonly<{ id: string; title: string }>;

type SeriesPairLinksProps = Readonly<{ rungs: readonly LadderRung[] }>;

/**
 * A "Compare" link for each adjacent pair on the ladder. The link names the pair only: the compare
 * view opens the pair's latest saved comparison when there is one (the rule every "open a pair" follows).
 */
export function SeriesPairLinks({ rungs }: SeriesPairLinksProps) {
  const pairs = rungs.slice(1).map((upper, index) => [rungs[index]?.id ?? upper.id, upper.id] as const);
  const saved = useLatestPairComparisons(pairs);
  if (pairs.length === 0) return null;
  return (
    <section className="series-pairs" aria-labelledby="series-pairs-title">
      <h2 id="series-pairs-title">Adjacent classes</h2>
      <ul>
        {rungs.slice(1).map((upper, index) => {
          const lower = rungs[index];
          if (!lower) return null;
          const row = saved?.get(pairKey(lower.id, upper.id));
          return (
            <li key={pairKey(lower.id, upper.id)}>
              {lower.title} → {upper.title}:{' '}
              <a
                href={routeToHash({ name: 'compare', a: lower.id, b: upper.id })}
                aria-label={`Compare ${lower.title} with ${upper.title}`}
              >
                Compare
              </a>{' '}
              <span className="muted">
                {row ? `(opens the saved comparison “${row.name}”)` : saved ? '(no saved comparison yet)' : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
