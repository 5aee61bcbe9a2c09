import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applyPermissionPolicy, hardenWebContents } from '../../../../electron/main/hardening';
import { isAppUrl } from '../../../../electron/main/security';

type Handler = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Handler>();
  let windowOpenHandler: Handler | undefined;
  const contents = {
    on: (name: string, handler: Handler) => listeners.set(name, handler),
    setWindowOpenHandler: (handler: Handler) => {
      windowOpenHandler = handler;
    },
  };
  hardenWebContents(contents as unknown as WebContents, isAppUrl);
  const fire = (name: string, url: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault;
  };
  return { listeners, fire, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it.each([['will-navigate'], ['will-redirect']])('%s away from the app is prevented', (name) => {
    const { fire } = fakeWebContents();
    expect(fire(name, 'https://evil.example/')).toHaveBeenCalled();
    expect(fire(name, 'file:///etc/passwd')).toHaveBeenCalled();
  });

  it.each([['will-navigate'], ['will-redirect']])('%s inside the app is allowed', (name) => {
    const { fire } = fakeWebContents();
    expect(fire(name, 'app://reclass/index.html#/series')).not.toHaveBeenCalled();
  });

  it.each([['https://example.org/'], ['app://reclass/index.html'], ['about:blank']])(
    'window.open(%s) is denied',
    (url) => {
      expect(fakeWebContents().openWindow(url)).toEqual({ action: 'deny' });
    },
  );

  it('blocks attaching a webview', () => {
    const { fire } = fakeWebContents();
    expect(fire('will-attach-webview', 'https://example.org/')).toHaveBeenCalled();
  });
});

describe('applyPermissionPolicy', () => {
  it('refuses every permission request and check except persistent storage for the app itself', () => {
    let requestHandler: Handler | undefined;
    let checkHandler: Handler | undefined;
    const session = {
      setPermissionRequestHandler: (handler: Handler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: Handler) => {
        checkHandler = handler;
      },
    };
    applyPermissionPolicy(session as unknown as Session, isAppUrl);
    const app = 'app://reclass/index.html';
    for (const [permission, url, allowed] of [
      ['media', app, false],
      ['geolocation', app, false],
      ['notifications', app, false],
      ['clipboard-read', app, false],
      ['openExternal', app, false],
      ['storage-access', app, false],
      ['persistent-storage', app, true],
      ['persistent-storage', 'https://evil.example/', false],
    ] as const) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback, { requestingUrl: url });
      expect(callback).toHaveBeenCalledWith(allowed);
      expect(checkHandler?.({}, permission, url)).toBe(allowed);
    }
  });
});
