import type { Platform, PickedFile } from './platform';

export const TRANSCRIPT_ACCEPT = '.txt,.docx,.vtt,.srt';
export const PROJECT_ACCEPT = '.werkbank';

/** Reads a DOM File into the platform-neutral shape. */
export async function readDomFile(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Opens the browser's file chooser through a hidden `<input type=file>` and resolves with the
 * chosen files ([] when cancelled). The input lives in the document while the chooser is open.
 */
function pickFiles(accept: string, multiple: boolean, testId: string): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.hidden = true;
    input.dataset.testid = testId;
    let settled = false;
    const finish = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => finish([]));
    document.body.appendChild(input);
    input.click();
  });
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    capabilities: { backups: false, nativeMenu: false },
    async pickTranscripts() {
      const files = await pickFiles(TRANSCRIPT_ACCEPT, true, 'transcript-input');
      return Promise.all(files.map(readDomFile));
    },
    async pickProjectFile() {
      const [file] = await pickFiles(PROJECT_ACCEPT, false, 'project-input');
      return file ? readDomFile(file) : null;
    },
    async saveProjectFile(suggestedName, bytes) {
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.hidden = true;
      document.body.appendChild(a);
      a.click();
      a.remove();
      // Give the browser time to start the download before the URL is released.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return suggestedName;
    },
    async writeBackup() {
      return null;
    },
    async listBackups() {
      return [];
    },
    async readBackup() {
      throw new Error('Backups are not available in the browser build.');
    },
    onMenuCommand() {
      return () => {};
    },
    async setLanguage() {},
  };
}
