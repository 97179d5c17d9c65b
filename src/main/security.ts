/**
 * Electron security checklist, applied to every WebContents the app ever creates:
 * no navigation away from the app, no new windows (http(s) links go to the user's browser),
 * no <webview>, and no permissions beyond writing to the clipboard.
 */
import { app, session, shell, type Session, type WebContents } from 'electron';
import { isExternalWebUrl, isTrustedUrl } from './origin';

/** The only permission the app's own pages may use (copying quotes to the clipboard). */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, devUrl?: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedUrl(requestingUrl, devUrl);
}

/** Locks down one WebContents. Exported for tests. */
export function hardenWebContents(contents: WebContents, devUrl?: string): void {
  const blockForeignNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (!isTrustedUrl(url, devUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => blockForeignNavigation(event, event.url));
  contents.on('will-redirect', (event) => blockForeignNavigation(event, event.url));
  contents.on('will-frame-navigate', (event) => blockForeignNavigation(event, event.url));

  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) {
      void shell.openExternal(url).catch(() => undefined);
    }
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

export function hardenSession(target: Session, devUrl?: string): void {
  target.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const url = details?.requestingUrl ?? webContents?.getURL();
    callback(isPermissionAllowed(permission, url, devUrl));
  });
  target.setPermissionCheckHandler((webContents, permission, requestingOrigin) => {
    return isPermissionAllowed(permission, webContents?.getURL() ?? requestingOrigin, devUrl);
  });
}

/** Call once before the first window is created (after `app` is ready for the session part). */
export function installSecurityPolicy(devUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl));
  hardenSession(session.defaultSession, devUrl);
}
