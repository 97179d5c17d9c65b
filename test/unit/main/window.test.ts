import { describe, expect, it, vi } from 'vitest';
import type { FakeBrowserWindow } from './fake-electron';
import { DEFAULT_WINDOW_STATE, parseWindowState } from '../../../src/main/window-state';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { createMainWindow, preloadPath, rendererDir, secureWebPreferences } = await import('../../../src/main/window');

describe('main window', () => {
  it('uses Electron’s secure defaults', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', '1.2.3');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });

  it('points at the built CommonJS preload and renderer next to out/main', () => {
    expect(preloadPath('/app/out/main').replace(/\\/g, '/')).toBe('/app/out/preload/index.cjs');
    expect(rendererDir('/app/out/main').replace(/\\/g, '/')).toBe('/app/out/renderer');
  });

  it('loads app://werkbank in production and shows on ready-to-show', () => {
    const window = createMainWindow() as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('app://werkbank/index.html');
    const prefs = (window.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('loads the dev server URL in development', () => {
    const window = createMainWindow({ devUrl: 'http://localhost:5173/' }) as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });
});

describe('remembered window state', () => {
  const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('keeps a valid, visible position', () => {
    expect(parseWindowState({ width: 1000, height: 700, x: 100, y: 50, maximized: true }, screens)).toEqual({
      width: 1000, height: 700, x: 100, y: 50, maximized: true,
    });
  });
  it('drops off-screen positions and garbage', () => {
    expect(parseWindowState({ width: 1000, height: 700, x: 5000, y: 50 }, screens)).toEqual({ width: 1000, height: 700, maximized: false });
    expect(parseWindowState({ width: '1000', height: 700 }, screens)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState(null, screens)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
