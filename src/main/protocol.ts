/**
 * The `app://werkbank/…` protocol that serves the built renderer (out/renderer) in production.
 * Serving from a custom standard+secure scheme instead of file:// gives the renderer a real
 * origin (for IndexedDB and the CSP 'self'), and lets us refuse everything outside the renderer
 * folder: traversal (`..`, `%2e%2e%2f`), absolute paths, backslashes, NUL bytes, Windows drive
 * letters and symlinks that point outside are all answered with 403/404.
 */
import { protocol } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin';
import { hasControlCharacter, isInside } from './paths';

/** The one Content-Security-Policy sent with every HTML document the app serves. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/**
 * Maps an app:// request URL to a file path inside `rootDir`, or null when the URL is not ours or
 * tries to leave the folder. Pure (no file system access): symlinks are checked by the handler.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username || url.password) return null;

  const rawPath = url.pathname;
  // Backslashes (raw or encoded) are path separators on Windows: never valid in our URLs.
  if (rawPath.includes('\\') || /%5c/i.test(rawPath)) return null;

  const rawSegments = rawPath.split('/').slice(1);
  if (rawSegments.length === 0 || (rawSegments.length === 1 && rawSegments[0] === '')) {
    rawSegments.splice(0, rawSegments.length, 'index.html');
  }

  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (
      segment === '' || // `//etc/passwd`, trailing slash: no directory listings, no absolute paths
      segment === '.' ||
      segment === '..' ||
      segment.includes('/') || // encoded %2f
      segment.includes('\\') ||
      segment.includes(':') || // drive letters, NTFS alternate data streams
      hasControlCharacter(segment) // NUL and other control characters
    ) {
      return null;
    }
    segments.push(segment);
  }

  const root = resolve(rootDir);
  const target = resolve(root, ...segments);
  return isInside(root, target) ? target : null;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The request handler for `protocol.handle('app', …)`, serving only files inside `rootDir`. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  let realRoot: string | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    const target = resolveAppPath(rootDir, request.url);
    if (target === null) return textResponse(403, 'Forbidden');

    let realTarget: string;
    try {
      realRoot ??= await realpath(rootDir);
      realTarget = await realpath(target);
    } catch {
      return textResponse(404, 'Not Found');
    }
    // A symlink inside the renderer folder must not lead outside it.
    if (!isInside(realRoot, realTarget)) return textResponse(403, 'Forbidden');

    try {
      const info = await stat(realTarget);
      if (!info.isFile()) return textResponse(404, 'Not Found');
      const body = await readFile(realTarget);
      const contentType = mimeTypeFor(realTarget);
      const headers: Record<string, string> = {
        'Content-Type': contentType,
        'Content-Length': String(body.byteLength),
        'X-Content-Type-Options': 'nosniff',
      };
      if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    } catch {
      return textResponse(404, 'Not Found');
    }
  };
}

/** Installs the handler; call after `app` is ready. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
