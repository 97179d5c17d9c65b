import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WerkbankBridge } from '../../../src/preload/api';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electron } = await import('./fake-electron');
await import('../../../src/preload/index');
const { IPC, MENU_COMMANDS } = await import('../../../src/preload/channels');

const [[worldKey, bridge]] = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [[string, WerkbankBridge]];

describe('preload bridge', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it('exposes exactly the WerkbankBridge as window.werkbank, nothing generic', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(worldKey).toBe('werkbank');
    expect(Object.keys(bridge).sort()).toEqual(['appVersion', 'backups', 'dialogs', 'files', 'menu', 'platform']);
    expect(Object.keys(bridge.files).sort()).toEqual(['onOpened', 'openSaved', 'takeOpened']);
    expect(Object.keys(bridge.dialogs).sort()).toEqual(['openCodebook', 'openExchange', 'openProject', 'openTranscripts', 'saveExport', 'saveProject']);
    expect(Object.keys(bridge.backups).sort()).toEqual(['list', 'read', 'write']);
    expect(Object.keys(bridge.menu).sort()).toEqual(['onCommand', 'setLanguage']);
    expect(bridge.platform).toBe('electron');
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/invoke|send|ipc/i);
  });

  it('maps each call to its own channel with the given arguments only', async () => {
    const data = new Uint8Array([1]);
    await bridge.dialogs.openTranscripts();
    await bridge.dialogs.openProject();
    await bridge.dialogs.saveProject('Naam', data);
    await bridge.dialogs.saveExport('Codeboek', data, 'docx');
    await bridge.dialogs.openCodebook();
    await bridge.dialogs.openExchange();
    await bridge.files.openSaved('/tmp/Verslag.pdf');
    await bridge.files.takeOpened();
    await bridge.backups.write('p', 'Naam', data);
    await bridge.backups.list();
    await bridge.backups.list('p');
    await bridge.backups.read('p/x.werkbank');
    await bridge.menu.setLanguage('en');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC.dialogs.openTranscripts],
      [IPC.dialogs.openProject],
      [IPC.dialogs.saveProject, 'Naam', data],
      [IPC.dialogs.saveExport, 'Codeboek', data, 'docx'],
      [IPC.dialogs.openCodebook],
      [IPC.dialogs.openExchange],
      [IPC.files.openSaved, '/tmp/Verslag.pdf'],
      [IPC.files.takeOpened],
      [IPC.backups.write, 'p', 'Naam', data],
      [IPC.backups.list],
      [IPC.backups.list, 'p'],
      [IPC.backups.read, 'p/x.werkbank'],
      [IPC.menu.setLanguage, 'en'],
    ]);
  });

  it('forwards menu commands without the IPC event, ignores unknown ones, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.menu.onCommand(listener);
    const fakeEvent = { sender: { send: vi.fn() }, senderId: 0 };
    electron.ipcRenderer.emit(IPC.menu.command, fakeEvent, 'project:open');
    electron.ipcRenderer.emit(IPC.menu.command, fakeEvent, 'rm -rf /');
    electron.ipcRenderer.emit(IPC.menu.command, fakeEvent, { command: 'project:open' });
    expect(listener.mock.calls).toEqual([['project:open']]);

    unsubscribe();
    electron.ipcRenderer.emit(IPC.menu.command, fakeEvent, 'project:new');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.listenerCount(IPC.menu.command)).toBe(0);
  });

  it('tells the renderer when a double-clicked project file waits, without the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.files.onOpened(listener);
    electron.ipcRenderer.emit(IPC.files.opened, { sender: { send: vi.fn() }, senderId: 0 }, 'ignored payload');
    expect(listener.mock.calls).toEqual([[]]);
    unsubscribe();
    electron.ipcRenderer.emit(IPC.files.opened, {});
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.listenerCount(IPC.files.opened)).toBe(0);
  });

  it('knows every menu command', () => {
    expect(MENU_COMMANDS).toContain('view:language-en');
    expect(MENU_COMMANDS).toContain('project:import-qdpx');
    expect(MENU_COMMANDS).toContain('project:export-qdpx');
    expect(MENU_COMMANDS).toHaveLength(12);
  });
});
