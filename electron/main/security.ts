import type { WebPreferences } from 'electron';
import { MAX_URL_LENGTH } from '../../shared/ipc/validate';

/** The packaged UI is served from this privileged custom scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'reclass';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export type UrlCheck = (url: string) => boolean;

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True for URLs of the packaged app (`app://reclass/...`). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  // Node's URL gives custom schemes an opaque "null" origin, so compare scheme and host instead.
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The app origin check, widened to the electron-vite dev server's exact origin when one is given. */
export function createAppUrlCheck(devServerUrl?: string): UrlCheck {
  const devOrigin = devServerUrl ? parseUrl(devServerUrl)?.origin : undefined;
  if (!devOrigin || devOrigin === 'null') return isAppUrl;
  return (url) => isAppUrl(url) || parseUrl(url)?.origin === devOrigin;
}

/** will-navigate / will-redirect: anything that leaves the app origin is blocked. */
export function shouldBlockNavigation(targetUrl: string, isTrusted: UrlCheck): boolean {
  return !isTrusted(targetUrl);
}

/** The only permission the app ever gets: keeping its own library storage under disk pressure (navigator.storage.persist). */
export const ALLOWED_PERMISSION = 'persistent-storage';

/** Permission policy for requests and checks: exactly persistent storage, and only for the app's own pages. */
export function isPermissionAllowed(permission: string, requestingUrl: string, isTrusted: UrlCheck): boolean {
  return permission === ALLOWED_PERMISSION && isTrusted(requestingUrl);
}

/** The one window-open policy, for every web contents: no new windows, ever. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Parses an external link from untrusted input; only absolute http(s) URLs without credentials pass. */
export function parseExternalUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  const parsed = parseUrl(value);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed;
}

/** Opens an external http(s) link only after the analyst confirms it; false when refused or invalid. */
export async function openExternalUrl(
  value: unknown,
  confirm: (url: string) => Promise<boolean>,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  const url = parseExternalUrl(value);
  if (!url) return false;
  if (!(await confirm(url.href))) return false;
  await open(url.href);
  return true;
}

/** Served with every app:// response: the meta CSP of renderer/index.html plus frame-ancestors, which only works as a header. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The web preferences of every window: sandboxed, isolated, no Node, web security on. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}
