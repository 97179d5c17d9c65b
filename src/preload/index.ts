/**
 * The sandboxed preload (built to out/preload/index.cjs as CommonJS). It exposes exactly the
 * `WerkbankBridge` contract from ./api.ts as `window.werkbank`: one `ipcRenderer.invoke` per
 * channel, and a filtered listener for menu commands. No generic invoke/send, and the renderer
 * never receives an IpcRendererEvent (which would leak `sender`).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BackupInfo, BridgeFile, ExportKind, MenuCommand, WerkbankBridge } from './api';
import type { Language } from '../shared/model/types';
import { IPC, VERSION_ARG_PREFIX, isMenuCommand } from './channels';

export function readAppVersion(argv: readonly string[]): string {
  const arg = argv.find((a) => a.startsWith(VERSION_ARG_PREFIX));
  return arg ? arg.slice(VERSION_ARG_PREFIX.length) : '0.0.0';
}

export function createBridge(renderer: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>, appVersion: string): WerkbankBridge {
  return {
    platform: 'electron',
    appVersion,
    dialogs: {
      openTranscripts: () => renderer.invoke(IPC.dialogs.openTranscripts) as Promise<BridgeFile[]>,
      openProject: () => renderer.invoke(IPC.dialogs.openProject) as Promise<BridgeFile | null>,
      saveProject: (suggestedName: string, bytes: Uint8Array) =>
        renderer.invoke(IPC.dialogs.saveProject, suggestedName, bytes) as Promise<string | null>,
      saveExport: (suggestedName: string, bytes: Uint8Array, kind: ExportKind) =>
        renderer.invoke(IPC.dialogs.saveExport, suggestedName, bytes, kind) as Promise<string | null>,
      openCodebook: () => renderer.invoke(IPC.dialogs.openCodebook) as Promise<BridgeFile | null>,
      openExchange: () => renderer.invoke(IPC.dialogs.openExchange) as Promise<BridgeFile | null>,
    },
    files: {
      openSaved: async (path: string) => {
        await renderer.invoke(IPC.files.openSaved, path);
      },
      takeOpened: () => renderer.invoke(IPC.files.takeOpened) as Promise<BridgeFile | null>,
      onOpened(listener: () => void): () => void {
        const wrapped = (): void => listener();
        renderer.on(IPC.files.opened, wrapped);
        return () => {
          renderer.removeListener(IPC.files.opened, wrapped);
        };
      },
    },
    backups: {
      write: (projectId: string, projectName: string, bytes: Uint8Array) =>
        renderer.invoke(IPC.backups.write, projectId, projectName, bytes) as Promise<BackupInfo>,
      list: (projectId?: string) =>
        (projectId === undefined
          ? renderer.invoke(IPC.backups.list)
          : renderer.invoke(IPC.backups.list, projectId)) as Promise<BackupInfo[]>,
      read: (id: string) => renderer.invoke(IPC.backups.read, id) as Promise<Uint8Array>,
    },
    menu: {
      onCommand(listener: (command: MenuCommand) => void): () => void {
        const wrapped = (_event: IpcRendererEvent, command: unknown): void => {
          if (isMenuCommand(command)) listener(command);
        };
        renderer.on(IPC.menu.command, wrapped);
        return () => {
          renderer.removeListener(IPC.menu.command, wrapped);
        };
      },
      setLanguage: async (language: Language) => {
        await renderer.invoke(IPC.menu.setLanguage, language);
      },
    },
  };
}

const bridge = createBridge(ipcRenderer, readAppVersion(process.argv));
contextBridge.exposeInMainWorld('werkbank', Object.freeze(bridge));
