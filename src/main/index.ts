/**
 * Electron main entry (built to out/main/index.js). Order matters: the app:// scheme must be
 * registered as privileged before `ready`; the protocol handler, security policy, IPC and menu
 * are installed before the first window loads.
 */
import { app, ipcMain, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createBackupStore } from './backups';
import { backupHandlers } from './ipc/backups';
import { dialogHandlers } from './ipc/dialogs';
import { menuHandlers } from './ipc/menu';
import { registerHandlers } from './ipc/register';
import { getLanguage, setLanguage } from './language';
import { installApplicationMenu } from './menu';
import { devServerUrl } from './origin';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installSecurityPolicy } from './security';
import { createMainWindow, rendererDir } from './window';

const isDev = !app.isPackaged;
const devUrl = devServerUrl(process.env, app.isPackaged);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();

  let mainWindow: BrowserWindow | null = null;
  const openWindow = (): void => {
    mainWindow = createMainWindow({ devUrl, stateFile: join(app.getPath('userData'), 'window-state.json') });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(() => {
    handleAppProtocol(rendererDir());
    installSecurityPolicy(devUrl);

    const backups = createBackupStore(join(app.getPath('userData'), 'backups'), { language: getLanguage });
    const rebuildMenu = (): void => installApplicationMenu(getLanguage(), { isDev });
    registerHandlers(
      ipcMain,
      {
        ...dialogHandlers,
        ...backupHandlers(backups),
        ...menuHandlers((language) => {
          setLanguage(language);
          rebuildMenu();
        }),
      },
      { devUrl },
    );
    rebuildMenu();
    openWindow();

    app.on('activate', () => {
      if (!mainWindow) openWindow();
    });
  }).catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
