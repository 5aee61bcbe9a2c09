import type { Session, WebContents } from 'electron';
import { denyWindowOpen, isPermissionAllowed, shouldBlockNavigation, type UrlCheck } from './security';

type PreventableEvent = Readonly<{ preventDefault: () => void }>;

/** Applied to every web contents the app creates (app 'web-contents-created'), windows and frames alike. */
export function hardenWebContents(contents: WebContents, isTrusted: UrlCheck): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  const blockForeignNavigation = (event: PreventableEvent, url: string): void => {
    if (shouldBlockNavigation(url, isTrusted)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app needs no camera, microphone, geolocation, notifications or any other permission; the
 * one it asks for is persistent storage for its own pages, so the library is not evicted.
 */
export function applyPermissionPolicy(session: Session, isTrusted: UrlCheck): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, isTrusted)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, isTrusted),
  );
}
