/**
 * Which URLs count as "the app": the packaged renderer at app://werkbank/…, and in development
 * the electron-vite dev server (ELECTRON_RENDERER_URL). Everything else is foreign content.
 *
 * Note: Node's WHATWG URL gives custom schemes the opaque origin "null", so app:// URLs are
 * compared by protocol + host, never by `origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'werkbank';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The dev-server URL when running unpackaged under `electron-vite dev`; otherwise undefined. */
export function devServerUrl(
  env: Record<string, string | undefined> = process.env,
  isPackaged = false,
): string | undefined {
  const url = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !url) return undefined;
  try {
    const parsed = new URL(url);
    // Only a local http dev server is acceptable.
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

/** True when `url` belongs to the app origin (or, in development, to the dev server's origin). */
export function isTrustedUrl(url: string | undefined | null, devUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === '';
  }
  if (devUrl) {
    try {
      return parsed.origin === new URL(devUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** http(s) links may be handed to the user's browser; nothing else (file:, javascript:, smb:, …). */
export function isExternalWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
