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
import { openedFileHandlers } from './ipc/opened';
import { createOpenedFiles, projectFilesIn } from './opened-files';
import { IPC } from '../preload/channels';
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
  // Double-clicked .werkbank files: on the command line (Windows, Linux), from a second instance,
  // or as macOS `open-file` (which can come before `ready`). The renderer takes them when ready.
  const opened = createOpenedFiles();
  opened.add(projectFilesIn(process.argv, process.cwd()));
  opened.onAdded(() => mainWindow?.webContents.send(IPC.files.opened));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opened.add([path]);
  });
  const openWindow = (): void => {
    mainWindow = createMainWindow({ devUrl, stateFile: join(app.getPath('userData'), 'window-state.json') });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    opened.add(projectFilesIn(argv, workingDirectory));
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
        ...openedFileHandlers(opened),
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
