import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electron } = await import('./fake-electron');
const { CONTENT_SECURITY_POLICY, createAppProtocolHandler, registerAppScheme, resolveAppPath } = await import(
  '../../../src/main/protocol'
);

const root = resolve('/srv/werkbank/out/renderer');

describe('resolveAppPath', () => {
  it('maps app://werkbank paths into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://werkbank/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://werkbank/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://werkbank')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://werkbank/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://werkbank/assets/Gen%20Sans.woff2')).toBe(join(root, 'assets', 'Gen Sans.woff2'));
  });

  it.each([
    // The URL parser itself resolves `..` and `%2e%2e` segments (to /etc/passwd): it stays inside root.
    'app://werkbank/../../etc/passwd',
    'app://werkbank/%2e%2e/%2e%2e/etc/passwd',
  ])('keeps dot-segment URLs inside the folder: %s', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(root + '/')).toBe(true);
  });

  it.each([
    'app://werkbank/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://werkbank/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://werkbank/%2E%2E%2Fsecret',
    'app://werkbank/..%5c..%5cwindows%5cwin.ini',
    'app://werkbank/assets\\..\\..\\secret',
    'app://werkbank//etc/passwd',
    'app://werkbank/%2fetc%2fpasswd',
    'app://werkbank/C:/Windows/win.ini',
    'app://werkbank/C%3A%5CWindows%5Cwin.ini',
    'app://werkbank/index.html%00.png',
    'app://werkbank/index.html%0a',
    'app://werkbank/assets/',
    'app://werkbank/%E0%A4%A',
    'app://evil/index.html',
    'app://werkbank.evil.example/index.html',
    'app://user:pw@werkbank/index.html',
    'file:///etc/passwd',
    'https://werkbank/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('app:// protocol handler', () => {
  let dir: string;
  let rendererDir: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'werkbank-protocol-'));
    rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Werkbank</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(rendererDir, 'assets', 'font.woff2'), 'x');
    writeFileSync(join(rendererDir, 'assets', 'pdf.wasm'), 'x');
    writeFileSync(join(dir, 'secret.txt'), 'interview with personal data');
    symlinkSync(join(dir, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
    handler = createAppProtocolHandler(rendererDir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html with the strict Content-Security-Policy', async () => {
    const response = await handler(new Request('app://werkbank/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Werkbank</title>');
  });

  it('the CSP allows only the app itself to run scripts', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('serves assets with the right MIME types and without a CSP header', async () => {
    const js = await handler(new Request('app://werkbank/assets/app.js'));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBeNull();
    expect((await handler(new Request('app://werkbank/assets/app.css'))).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await handler(new Request('app://werkbank/assets/font.woff2'))).headers.get('content-type')).toBe('font/woff2');
    expect((await handler(new Request('app://werkbank/assets/pdf.wasm'))).headers.get('content-type')).toBe('application/wasm');
  });

  it.each([
    'app://werkbank/%2e%2e%2fsecret.txt',
    'app://werkbank/..%2fsecret.txt',
    'app://werkbank/assets/..%2f..%2fsecret.txt',
    'app://werkbank/..%5csecret.txt',
    'app://werkbank/secret.txt%00.js',
    'app://other/index.html',
  ])('refuses %s with 403', async (url) => {
    const response = await handler(new Request(url));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('personal data');
  });

  it('never serves a file outside the folder, whatever the URL normalises to', async () => {
    for (const url of ['app://werkbank/../secret.txt', 'app://werkbank/assets/../../secret.txt']) {
      const response = await handler(new Request(url));
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toContain('personal data');
    }
  });

  it('refuses symlinks that point outside the renderer folder', async () => {
    const response = await handler(new Request('app://werkbank/assets/link.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('personal data');
  });

  it('answers 404 for missing files and folders, 405 for other methods', async () => {
    expect((await handler(new Request('app://werkbank/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://werkbank/assets'))).status).toBe(404);
    expect((await handler(new Request('app://werkbank/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });
});
