/**
 * The native application menu, built from the i18n catalogue (`menu.*` keys) in nl or en.
 * Custom items send a `MenuCommand` to the focused window over one channel (IPC.menu.command);
 * standard editing, zoom and window items use Electron roles. `setLanguage` rebuilds it.
 */
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  type MenuItemConstructorOptions,
} from 'electron';
import type { MenuCommand } from '../preload/api';
import { IPC } from '../preload/channels';
import { translate } from '../shared/i18n';
import type { Language } from '../shared/model/types';

export interface MenuContext {
  language: Language;
  platform: NodeJS.Platform;
  isDev: boolean;
  appVersion: string;
  send(command: MenuCommand, window: BrowserWindow | undefined): void;
  showAbout(window: BrowserWindow | undefined): void;
}

/** Pure: the menu template for a language/platform (exported for tests). */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = (key: string) => translate(ctx.language, key);
  const isMac = ctx.platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: cmd,
    label,
    accelerator,
    click: (_item, window) => ctx.send(cmd, window instanceof BrowserWindow ? window : undefined),
  });
  const about: MenuItemConstructorOptions = {
    id: 'help:about',
    label: t('menu.help.about'),
    click: (_item, window) => ctx.showAbout(window instanceof BrowserWindow ? window : undefined),
  };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: app.name || 'Werkbank',
      submenu: [
        { ...about, id: 'app:about', label: t('menu.app.about') },
        { type: 'separator' },
        { role: 'services', label: t('menu.app.services') },
        { type: 'separator' },
        { role: 'hide', label: t('menu.app.hide') },
        { role: 'hideOthers', label: t('menu.app.hideOthers') },
        { role: 'unhide', label: t('menu.app.unhide') },
        { type: 'separator' },
        { role: 'quit', label: t('menu.app.quit') },
      ],
    });
  }

  template.push({
    id: 'file',
    label: t('menu.file'),
    submenu: [
      command(t('menu.file.newProject'), 'project:new', 'CmdOrCtrl+N'),
      command(t('menu.file.openProject'), 'project:open', 'CmdOrCtrl+O'),
      command(t('menu.file.saveAs'), 'project:save-as', 'CmdOrCtrl+Shift+S'),
      command(t('menu.file.closeProject'), 'project:close', 'CmdOrCtrl+W'),
      { type: 'separator' },
      command(t('menu.file.importQdpx'), 'project:import-qdpx'),
      command(t('menu.file.exportQdpx'), 'project:export-qdpx'),
      { type: 'separator' },
      command(t('menu.file.importTranscripts'), 'documents:import', 'CmdOrCtrl+I'),
      command(t('menu.file.backups'), 'backups:show'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t('menu.file.quit') } as const]),
    ],
  });

  template.push({
    id: 'edit',
    label: t('menu.edit'),
    submenu: [
      // Undo/redo are the project's own history (kept in the database), not the text field's.
      command(t('menu.edit.undo'), 'edit:undo', 'CmdOrCtrl+Z'),
      command(t('menu.edit.redo'), 'edit:redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut', label: t('menu.edit.cut') },
      { role: 'copy', label: t('menu.edit.copy') },
      { role: 'paste', label: t('menu.edit.paste') },
      { role: 'selectAll', label: t('menu.edit.selectAll') },
    ],
  });

  template.push({
    id: 'view',
    label: t('menu.view'),
    submenu: [
      {
        id: 'view:language',
        label: t('menu.view.language'),
        submenu: [
          { ...command(t('menu.view.languageNl'), 'view:language-nl'), type: 'radio', checked: ctx.language === 'nl' },
          { ...command(t('menu.view.languageEn'), 'view:language-en'), type: 'radio', checked: ctx.language === 'en' },
        ],
      },
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu.view.resetZoom') },
      { role: 'zoomIn', label: t('menu.view.zoomIn') },
      { role: 'zoomOut', label: t('menu.view.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.view.fullScreen') },
      ...(ctx.isDev
        ? [
            { type: 'separator' } as const,
            { role: 'reload', label: t('menu.view.reload') } as const,
            { role: 'toggleDevTools', label: t('menu.view.devTools') } as const,
          ]
        : []),
    ],
  });

  if (isMac) {
    template.push({
      role: 'windowMenu',
      label: t('menu.window'),
      submenu: [
        { role: 'minimize', label: t('menu.window.minimize') },
        { role: 'zoom', label: t('menu.window.zoom') },
        { type: 'separator' },
        { role: 'front', label: t('menu.window.front') },
      ],
    });
  }

  template.push({ id: 'help', role: 'help', label: t('menu.help'), submenu: [about] });
  return template;
}

/** Sends a menu command to the window it was chosen in (or the focused/first window). */
export function sendMenuCommand(command: MenuCommand, window?: BrowserWindow): void {
  const target = window ?? BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (target && !target.isDestroyed()) target.webContents.send(IPC.menu.command, command);
}

function showAboutDialog(language: Language, appVersion: string, window?: BrowserWindow): void {
  const options = {
    type: 'info' as const,
    title: translate(language, 'menu.help.about'),
    message: 'Werkbank',
    detail: translate(language, 'menu.help.aboutDetail', { version: appVersion }),
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export interface ApplicationMenuOptions {
  isDev: boolean;
  platform?: NodeJS.Platform;
}

/** Builds and installs the application menu in `language`. */
export function installApplicationMenu(language: Language, options: ApplicationMenuOptions): void {
  const appVersion = app.getVersion();
  const template = buildMenuTemplate({
    language,
    platform: options.platform ?? process.platform,
    isDev: options.isDev,
    appVersion,
    send: (command, window) => sendMenuCommand(command, window),
    showAbout: (window) => showAboutDialog(language, appVersion, window),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
