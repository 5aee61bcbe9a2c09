import { useSyncExternalStore } from 'react';
import { hashToRoute, routeToHash, type Route } from './route';

const subscribe = (listener: () => void): (() => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};
const getHash = (): string => window.location.hash;

/** The current screen, read from the URL hash (so reload and back/forward keep the place). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return hashToRoute(hash);
}

export function navigate(route: Route): void {
  window.location.hash = routeToHash(route);
}

/** Changes the current screen's address without a new history entry (e.g. a comparison that just got its saved id). */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', routeToHash(route));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
