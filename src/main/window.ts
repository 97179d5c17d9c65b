/**
 * The main window. Secure defaults from Electron's security checklist: context isolation,
 * sandboxed renderer, no Node integration, web security on; the only bridge is the preload.
 */
import { BrowserWindow, app, screen, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { VERSION_ARG_PREFIX } from '../preload/channels';
import { APP_INDEX_URL } from './origin';
import { loadWindowState, saveWindowState } from './window-state';

/** Built main lives in out/main; the preload next to it in out/preload. */
export function preloadPath(mainDir: string = import.meta.dirname): string {
  return join(mainDir, '../preload/index.cjs');
}

export function rendererDir(mainDir: string = import.meta.dirname): string {
  return join(mainDir, '../renderer');
}

export function secureWebPreferences(preload: string, appVersion: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    additionalArguments: [`${VERSION_ARG_PREFIX}${appVersion}`],
  };
}

export interface CreateWindowOptions {
  /** electron-vite dev server URL (development only). */
  devUrl?: string;
  /** File that remembers size/position; omit to not remember. */
  stateFile?: string;
}

export function createMainWindow(options: CreateWindowOptions = {}): BrowserWindow {
  const workAreas = options.stateFile ? screen.getAllDisplays().map((d) => d.workArea) : [];
  const state = options.stateFile ? loadWindowState(options.stateFile, workAreas) : { width: 1280, height: 820 };

  const windowOptions: BrowserWindowConstructorOptions = {
    width: state.width,
    height: state.height,
    x: state.x,
    y: state.y,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Werkbank',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath(), app.getVersion()),
  };
  const window = new BrowserWindow(windowOptions);

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });

  if (options.stateFile) {
    const file = options.stateFile;
    window.on('close', () => {
      const bounds = window.getNormalBounds();
      saveWindowState(file, { ...bounds, maximized: window.isMaximized() });
    });
  }

  void window.loadURL(options.devUrl ?? APP_INDEX_URL);
  return window;
}
