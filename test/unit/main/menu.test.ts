import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuMessages } from '../../../src/shared/i18n/messages/menu';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electron, FakeBrowserWindow } = await import('./fake-electron');
const { buildMenuTemplate, installApplicationMenu, sendMenuCommand } = await import('../../../src/main/menu');
const { IPC, MENU_COMMANDS, isMenuCommand } = await import('../../../src/preload/channels');

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flatten(submenu(i))]);

function template(language: 'nl' | 'en', overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return buildMenuTemplate({
    language,
    platform: 'linux',
    isDev: false,
    appVersion: '1.0.0',
    send: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  });
}

describe('application menu', () => {
  it('is Dutch by default: Bestand, Bewerken, Beeld, Help', () => {
    const t = template('nl');
    expect(t.map((i) => i.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(submenu(t[0]).filter((i) => i.label).map((i) => i.label)).toEqual([
      'Nieuw project',
      'Project openen…',
      'Opslaan als…',
      'Project sluiten',
      'REFI-QDA-project importeren…',
      'Exporteren als REFI-QDA (.qdpx)…',
      'Transcripten importeren…',
      'Back-ups…',
      'Afsluiten',
    ]);
    expect(flatten(t).map((i) => i.label)).toEqual(expect.arrayContaining(['Ongedaan maken', 'Kopiëren', 'Taal', 'Volledig scherm', 'Over Werkbank']));
  });

  it('is English when asked', () => {
    const t = template('en');
    expect(t.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(flatten(t).map((i) => i.label)).toEqual(
      expect.arrayContaining(['Open project…', 'Import transcripts…', 'Import REFI-QDA project…', 'Export as REFI-QDA (.qdpx)…', 'Undo', 'Paste']),
    );
    const language = flatten(t).find((i) => i.id === 'view:language');
    expect(submenu(language).map((i) => [i.label, i.checked])).toEqual([['Nederlands', false], ['English', true]]);
  });

  it('custom items send their MenuCommand; clipboard items use roles', () => {
    const send = vi.fn();
    const items = flatten(template('nl', { send }));
    const open = items.find((i) => i.id === 'project:open')!;
    (open.click as (...a: unknown[]) => void)({}, undefined, {});
    expect(send).toHaveBeenCalledWith('project:open', undefined);
    expect(items.filter((i) => i.role).map((i) => i.role)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers REFI-QDA project import and export in the File menu as menu commands', () => {
    const send = vi.fn();
    const file = submenu(template('nl', { send })[0]);
    const ids = file.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['project:import-qdpx', 'project:export-qdpx']));
    expect(ids.indexOf('project:import-qdpx')).toBeLessThan(ids.indexOf('project:export-qdpx'));
    for (const id of ['project:import-qdpx', 'project:export-qdpx']) {
      const item = file.find((i) => i.id === id)!;
      (item.click as (...a: unknown[]) => void)({}, undefined, {});
      expect(send).toHaveBeenLastCalledWith(id, undefined);
    }
    expect(MENU_COMMANDS).toEqual(expect.arrayContaining(['project:import-qdpx', 'project:export-qdpx']));
    expect(isMenuCommand('project:import-qdpx')).toBe(true);
    expect(isMenuCommand('project:export-qdpx')).toBe(true);
  });

  it('offers DevTools only in development', () => {
    expect(flatten(template('nl')).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(template('nl', { isDev: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('has a macOS app menu on darwin', () => {
    const t = template('nl', { platform: 'darwin' });
    expect(t[0].label).toBe('Werkbank');
    expect(submenu(t[0]).some((i) => i.role === 'quit')).toBe(true);
    expect(submenu(t[1]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('installs the menu and sends commands to the focused window only on the menu channel', () => {
    installApplicationMenu('en', { isDev: false, platform: 'linux' });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const win = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = win;
    sendMenuCommand('project:new');
    expect(win.webContents.send).toHaveBeenCalledWith(IPC.menu.command, 'project:new');
  });

  it('has the same keys in nl and en', () => {
    expect(Object.keys(menuMessages.nl).sort()).toEqual(Object.keys(menuMessages.en).sort());
  });
});
