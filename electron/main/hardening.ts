import type { Session, WebContents } from 'electron';
import { denyWindowOpen, shouldBlockNavigation, type UrlCheck } from './security';

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

/** The app needs no camera, microphone, geolocation, notifications or any other permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
