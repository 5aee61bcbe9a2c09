import { routeToHash, type Route } from '../routing';

type TopNavProps = Readonly<{ route: Route }>;

const SECTIONS: readonly Readonly<{ route: Route; label: string }>[] = [
  { route: { name: 'library' }, label: 'Library' },
  { route: { name: 'compare' }, label: 'Compare' },
  { route: { name: 'series' }, label: 'Series' },
  { route: { name: 'bestfit' }, label: 'Best fit' },
  { route: { name: 'saved' }, label: 'Saved comparisons' },
  { route: { name: 'data' }, label: 'Backup & Trash' },
  { route: { name: 'annotations' }, label: 'Annotations' },
  { route: { name: 'studies' }, label: 'Studies' },
];

export function TopNav({ route }: TopNavProps) {
  const current = route.name === 'spec' ? 'library' : route.name === 'study' ? 'studies' : route.name;
  return (
    <header className="top-bar">
      <span className="brand">Reclass</span>
      <nav aria-label="Main">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.route.name}>
              <a href={routeToHash(section.route)} aria-current={section.route.name === current ? 'page' : undefined}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
