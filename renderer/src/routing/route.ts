/** Every screen of the app, addressed by the URL hash so reload and back/forward keep the place. */
export type Route =
  | Readonly<{ name: 'library' }>
  | Readonly<{ name: 'spec'; specId: string }>
  | Readonly<{ name: 'compare'; a?: string; b?: string; savedId?: number }>
  | Readonly<{ name: 'series'; specIds?: readonly string[]; family?: string }>
  | Readonly<{ name: 'bestfit'; specId?: string }>
  | Readonly<{ name: 'saved' }>
  | Readonly<{ name: 'data' }>
  | Readonly<{ name: 'annotations' }>
  | Readonly<{ name: 'studies' }>
  | Readonly<{ name: 'study'; studyId: number; candidate?: string }>;

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/library';
    case 'spec':
      return `#/spec/${encodeURIComponent(route.specId)}`;
    case 'compare': {
      const params = new URLSearchParams();
      if (route.a) params.set('a', route.a);
      if (route.b) params.set('b', route.b);
      if (route.savedId !== undefined) params.set('saved', String(route.savedId));
      const query = params.toString();
      return query ? `#/compare?${query}` : '#/compare';
    }
    case 'series': {
      const params = new URLSearchParams();
      if (route.specIds?.length) params.set('ids', route.specIds.join(','));
      if (route.family) params.set('family', route.family);
      const query = params.toString();
      return query ? `#/series?${query}` : '#/series';
    }
    case 'bestfit':
      return route.specId ? `#/bestfit/${encodeURIComponent(route.specId)}` : '#/bestfit';
    case 'saved':
      return '#/saved';
    case 'data':
      return '#/data';
    case 'annotations':
      return '#/annotations';
    case 'studies':
      return '#/studies';
    case 'study':
      return `#/studies/${route.studyId}${route.candidate ? `?candidate=${encodeURIComponent(route.candidate)}` : ''}`;
  }
}

export function hashToRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'spec':
      return parts[1] ? { name: 'spec', specId: parts[1] } : { name: 'library' };
    case 'compare': {
      const saved = params.get('saved');
      return {
        name: 'compare',
        a: params.get('a') ?? undefined,
        b: params.get('b') ?? undefined,
        savedId: saved && /^\d+$/.test(saved) ? Number(saved) : undefined,
      };
    }
    case 'series':
      return {
        name: 'series',
        specIds: params.get('ids')?.split(',').filter(Boolean),
        family: params.get('family') ?? undefined,
      };
    case 'bestfit':
      return { name: 'bestfit', specId: parts[1] };
    case 'saved':
      return { name: 'saved' };
    case 'data':
      return { name: 'data' };
    case 'annotations':
      return { name: 'annotations' };
    case 'studies':
      return parts[1] && /^\d+$/.test(parts[1])
        ? { name: 'study', studyId: Number(parts[1]), candidate: params.get('candidate') ?? undefined }
        : { name: 'studies' };
    default:
      return { name: 'library' };
  }
}

/** Where a class's "Series" link goes: its printed family's ladder, or a ladder of its own when it prints none. */
export function seriesRouteOf(family: readonly string[], specId: string): Route {
  return family[0] ? { name: 'series', family: family[0] } : { name: 'series', specIds: [specId] };
}
