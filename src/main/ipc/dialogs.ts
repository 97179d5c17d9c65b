/**
 * Native open/save dialogs. The renderer never names a path: the user picks one in a native
 * dialog, and only then does the main process read or write that file.
 */
import { BrowserWindow, dialog, shell, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import { basename } from 'node:path';
import type { BridgeFile, ExportKind } from '../../preload/api';
import { IPC, isExportKind } from '../../preload/channels';
import { translate } from '../../shared/i18n';
import { readFileLimited, rememberSavedPath, wasSavedThisSession, writeFileAtomic } from '../files';
import { getLanguage } from '../language';
import { PROJECT_EXTENSION, stripControlCharacters } from '../paths';
import { IpcValidationError, defineHandler, type HandlerMap } from './register';

export { PROJECT_EXTENSION };

function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

async function showOpen(event: IpcMainInvokeEvent, options: OpenDialogOptions): Promise<string[]> {
  const owner = ownerWindow(event);
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

async function readPicked(path: string): Promise<BridgeFile> {
  return { name: basename(path), path, bytes: await readFileLimited(path, getLanguage()) };
}

/** A handler that lets the user pick one file of a type (or any file) and reads it; null if cancelled. */
function openOneFile(titleKey: string, filterKey: string, extension: string) {
  return defineHandler([], async (event) => {
    const t = (key: string) => translate(getLanguage(), key);
    const [path] = await showOpen(event, {
      title: t(titleKey),
      properties: ['openFile'],
      filters: [
        { name: t(filterKey), extensions: [extension] },
        { name: t('menu.dialog.filterAll'), extensions: ['*'] },
      ],
    });
    return path === undefined ? null : readPicked(path);
  });
}

/**
 * A safe default file name for the save dialog: no path separators, control or reserved
 * characters, and always the `.werkbank` extension.
 */
export function projectFileName(suggestedName: string): string {
  const cleaned = stripControlCharacters(suggestedName)
    .replace(/\.werkbank$/i, '')
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'project'}.${PROJECT_EXTENSION}`;
}

export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? path : `${path}.${PROJECT_EXTENSION}`;
}

/** A safe default file name for an export: like `projectFileName`, with the kind's extension. */
export function exportFileName(suggestedName: string, kind: ExportKind): string {
  const ext = new RegExp(`\\.${kind}$`, 'i');
  const cleaned = stripControlCharacters(suggestedName)
    .replace(ext, '')
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'export'}.${kind}`;
}

export function withExtension(path: string, kind: ExportKind): string {
  return path.toLowerCase().endsWith(`.${kind}`) ? path : `${path}.${kind}`;
}

export const dialogHandlers: HandlerMap = {
  [IPC.dialogs.openTranscripts]: defineHandler([], async (event) => {
    const t = (key: string) => translate(getLanguage(), key);
    const paths = await showOpen(event, {
      title: t('menu.dialog.transcriptsTitle'),
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: t('menu.dialog.filterTranscripts'), extensions: ['txt', 'docx', 'vtt', 'srt'] },
        { name: t('menu.dialog.filterText'), extensions: ['txt'] },
        { name: t('menu.dialog.filterWord'), extensions: ['docx'] },
        { name: t('menu.dialog.filterSubtitles'), extensions: ['vtt', 'srt'] },
        { name: t('menu.dialog.filterAll'), extensions: ['*'] },
      ],
    });
    const files: BridgeFile[] = [];
    for (const path of paths) files.push(await readPicked(path));
    return files;
  }),

  [IPC.dialogs.openProject]: openOneFile('menu.dialog.openProjectTitle', 'menu.dialog.filterProject', PROJECT_EXTENSION),

  [IPC.dialogs.saveProject]: defineHandler(['string', 'bytes'], async (event, suggestedName, bytes) => {
    const t = (key: string) => translate(getLanguage(), key);
    const owner = ownerWindow(event);
    const options = {
      title: t('menu.dialog.saveProjectTitle'),
      defaultPath: projectFileName(suggestedName),
      filters: [{ name: t('menu.dialog.filterProject'), extensions: [PROJECT_EXTENSION] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const target = withProjectExtension(result.filePath);
    await writeFileAtomic(target, bytes);
    rememberSavedPath(target);
    return target;
  }),

  [IPC.dialogs.saveExport]: defineHandler(['string', 'bytes', 'string'], async (event, suggestedName, bytes, kind) => {
    if (!isExportKind(kind)) throw new IpcValidationError(`${IPC.dialogs.saveExport}: argument 3 must be an export kind`);
    const t = (key: string) => translate(getLanguage(), key);
    const owner = ownerWindow(event);
    const options = {
      title: t('menu.dialog.saveExportTitle'),
      defaultPath: exportFileName(suggestedName, kind),
      filters: [{ name: t(`menu.dialog.filterExport.${kind}`), extensions: [kind] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const target = withExtension(result.filePath, kind);
    await writeFileAtomic(target, bytes);
    rememberSavedPath(target);
    return target;
  }),

  /**
   * Opens a file this app saved in this session (an export the user just wrote) with the system's
   * default program. Any other path is refused: the renderer cannot open arbitrary files.
   */
  [IPC.files.openSaved]: defineHandler(['string'], async (_event, path) => {
    if (!wasSavedThisSession(path)) {
      throw new IpcValidationError(`${IPC.files.openSaved}: refused, this file was not saved by Werkbank in this session`);
    }
    const problem = await shell.openPath(path);
    if (problem) throw new Error(problem);
  }),

  [IPC.dialogs.openCodebook]: openOneFile('menu.dialog.openCodebookTitle', 'menu.dialog.filterExport.qdc', 'qdc'),

  [IPC.dialogs.openExchange]: openOneFile('menu.dialog.openExchangeTitle', 'menu.dialog.filterExport.qdpx', 'qdpx'),
};
