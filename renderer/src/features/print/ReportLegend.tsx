import { COMPARISON_LEGEND } from '../../../../shared/report';

export function ReportLegend() {
  return (
    <section className="rc-keep" aria-label="Legend">
      <h2>Legend</h2>
      <ul className="rc-legend">
        {COMPARISON_LEGEND.map((entry) => (
          <li key={entry.sample}>
            {entry.style === 'ins' ? <ins>{entry.sample}</ins> : entry.style === 'del' ? <del>{entry.sample}</del> : <span className={entry.style === 'only' ? 'rc-only' : 'rc-label'}>{entry.sample}</span>}
            {entry.text ? ` ${entry.text}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
