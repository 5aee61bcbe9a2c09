import { createDesktopHost } from './desktopHost';
import type { Host } from './host';
import { createWebHost } from './webHost';

/** The Electron preload exposes `window.desktop`; without it we are a plain web page. */
export function selectHost(): Host {
  return window.desktop ? createDesktopHost(window.desktop, window.desktopFiles) : createWebHost(document);
}
