import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electron, FakeWebContents, fakeSession } = await import('./fake-electron');
const { hardenWebContents, installSecurityPolicy, isPermissionAllowed } = await import('../../../src/main/security');
const { devServerUrl, isTrustedUrl } = await import('../../../src/main/origin');

function navigate(contents: InstanceType<typeof FakeWebContents>, eventName: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('navigation and new windows', () => {
  let contents: InstanceType<typeof FakeWebContents>;
  beforeEach(() => {
    vi.clearAllMocks();
    contents = new FakeWebContents();
    hardenWebContents(contents as never);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s to a foreign page is prevented', (name) => {
    expect(navigate(contents, name, 'https://evil.example/')).toBe(true);
    expect(navigate(contents, name, 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, name, 'app://evil/index.html')).toBe(true);
    expect(navigate(contents, name, 'http://localhost:5173/')).toBe(true); // no dev server in production
    expect(navigate(contents, name, 'javascript:alert(1)')).toBe(true);
  });

  it('navigation within the app origin is allowed', () => {
    expect(navigate(contents, 'will-navigate', 'app://werkbank/index.html#/project/1')).toBe(false);
  });

  it('window.open is always denied; only http(s) links go to the system browser', () => {
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://evil.example/');

    vi.mocked(electron.shell.openExternal).mockClear();
    for (const url of ['file:///C:/Windows/system32/calc.exe', 'smb://host/share', 'javascript:alert(1)', 'app://werkbank/index.html', 'ms-msdt:/id']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('<webview> cannot be attached', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('the dev server is trusted only when given (development)', () => {
    const dev = new FakeWebContents();
    hardenWebContents(dev as never, 'http://localhost:5173/');
    expect(navigate(dev, 'will-navigate', 'http://localhost:5173/index.html')).toBe(false);
    expect(navigate(dev, 'will-navigate', 'http://localhost:5174/')).toBe(true);
  });
});

describe('permissions', () => {
  it('denies everything except clipboard writes from the app itself', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'clipboard-read', 'hid', 'usb', 'serial']) {
      expect(isPermissionAllowed(permission, 'app://werkbank/index.html')).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://werkbank/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('installSecurityPolicy hardens every new WebContents and the default session', () => {
    vi.clearAllMocks();
    installSecurityPolicy();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).toBeDefined();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);

    const request = fakeSession.setPermissionRequestHandler.mock.calls[0][0] as (...args: unknown[]) => void;
    const callback = vi.fn();
    request(contents, 'media', callback, { requestingUrl: 'app://werkbank/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = fakeSession.setPermissionCheckHandler.mock.calls[0][0] as (...args: unknown[]) => boolean;
    expect(check(contents, 'geolocation', 'app://werkbank')).toBe(false);
  });
});

describe('origins', () => {
  it('recognises only app://werkbank as the app', () => {
    expect(isTrustedUrl('app://werkbank/index.html')).toBe(true);
    expect(isTrustedUrl('app://werkbank.evil/index.html')).toBe(false);
    expect(isTrustedUrl('app://user@werkbank/index.html')).toBe(false);
    expect(isTrustedUrl('file:///work/out/renderer/index.html')).toBe(false);
    expect(isTrustedUrl(undefined)).toBe(false);
  });

  it('uses the dev server URL only unpackaged and only on localhost', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example' }, false)).toBeUndefined();
    expect(devServerUrl({}, false)).toBeUndefined();
  });
});
