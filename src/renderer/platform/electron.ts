import type { WerkbankBridge } from '../../preload/api';
import type { Platform } from './platform';
import { pickMediaFile } from './browser';

/** The desktop adapter: native dialogs, backups folder and application menu via the preload bridge. */
export function createElectronPlatform(bridge: WerkbankBridge): Platform {
  return {
    kind: 'electron',
    capabilities: { backups: true, nativeMenu: true },
    async pickTranscripts() {
      const files = await bridge.dialogs.openTranscripts();
      return files.map((f) => ({ name: f.name, path: f.path, bytes: f.bytes }));
    },
    async pickProjectFile() {
      const file = await bridge.dialogs.openProject();
      return file ? { name: file.name, path: file.path, bytes: file.bytes } : null;
    },
    saveProjectFile: (suggestedName, bytes) => bridge.dialogs.saveProject(suggestedName, bytes),
    saveFile: (suggestedName, bytes, kind) => bridge.dialogs.saveExport(suggestedName, bytes, kind),
    openSavedFile: (path) => bridge.files.openSaved(path),
    async takeOpenedProjectFile() {
      const file = await bridge.files.takeOpened();
      return file ? { name: file.name, path: file.path, bytes: file.bytes } : null;
    },
    onProjectFileOpened: (listener) => bridge.files.onOpened(listener),
    async pickCodebookFile() {
      const file = await bridge.dialogs.openCodebook();
      return file ? { name: file.name, path: file.path, bytes: file.bytes } : null;
    },
    async pickExchangeFile() {
      const file = await bridge.dialogs.openExchange();
      return file ? { name: file.name, path: file.path, bytes: file.bytes } : null;
    },
    // The renderer reads a chosen File in Electron too; a native dialog can come with a bridge method.
    pickMedia: pickMediaFile,
    writeBackup: (projectId, projectName, bytes) => bridge.backups.write(projectId, projectName, bytes),
    listBackups: (projectId) => bridge.backups.list(projectId),
    readBackup: (id) => bridge.backups.read(id),
    onMenuCommand: (listener) => bridge.menu.onCommand(listener),
    setLanguage: (language) => bridge.menu.setLanguage(language),
  };
}
