/**
 * A small fake of the Electron APIs the main process and preload use, for `vi.mock('electron')`:
 *
 *   vi.mock('electron', async () => (await import('./fake-electron')).electron);
 *
 * The test imports the same module to inspect calls (one module instance per test file).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  url = 'app://werkbank/index.html';
  send = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow = vi.fn(() => FakeBrowserWindow.focused);
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances);
  static fromWebContents = vi.fn(() => null);

  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  maximize = vi.fn();
  isDestroyed = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 0, y: 0, width: 1280, height: 820 }));
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export const fakeSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
};

const appEmitter = new EventEmitter();

export const electron = {
  app: Object.assign(appEmitter, {
    name: 'Werkbank',
    isPackaged: false,
    getVersion: vi.fn(() => '1.2.3'),
    getPath: vi.fn(() => '/tmp/werkbank-test-userdata'),
  }),
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn(),
  },
  session: { defaultSession: fakeSession },
  shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async (_path: string) => '') },
  dialog: {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
  },
  ipcMain: { handle: vi.fn() },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  BrowserWindow: FakeBrowserWindow,
  screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: Object.assign(new EventEmitter(), { invoke: vi.fn(async () => undefined) }),
};

export default electron;
