import type { ExportKind, Platform, PickedFile, PickedMedia } from './platform';

export const TRANSCRIPT_ACCEPT = '.txt,.docx,.vtt,.srt';
export const PROJECT_ACCEPT = '.werkbank';
export const CODEBOOK_ACCEPT = '.qdc,.xml';
export const EXCHANGE_ACCEPT = '.qdpx';
export const MEDIA_ACCEPT = '.wav,.mp3,.m4a,.ogg,.oga,.webm,.mp4,audio/*,video/*';

/** Reads a DOM File into the platform-neutral shape. */
export async function readDomFile(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Opens the browser's file chooser through a hidden `<input type=file>` and resolves with the
 * chosen files ([] when cancelled). The input lives in the document while the chooser is open.
 */
export function pickFiles(accept: string, multiple: boolean, testId: string): Promise<File[]> {
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

const EXPORT_MIME: Record<ExportKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  qdc: 'application/xml',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  qdpx: 'application/zip',
  png: 'image/png',
  svg: 'image/svg+xml',
};

/** Opens the file chooser for one audio/video file (browser and desktop renderer alike). */
export async function pickMediaFile(): Promise<PickedMedia | null> {
  const [file] = await pickFiles(MEDIA_ACCEPT, false, 'media-input');
  return file ? { name: file.name, type: file.type, blob: file } : null;
}

/** Offers the bytes as a download with the given name; resolves to that name. */
function download(name: string, bytes: Uint8Array, type: string): string {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
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
      return download(suggestedName, bytes, 'application/octet-stream');
    },
    async saveFile(suggestedName, bytes, kind) {
      const name = suggestedName.toLowerCase().endsWith(`.${kind}`) ? suggestedName : `${suggestedName}.${kind}`;
      return download(name, bytes, EXPORT_MIME[kind]);
    },
    async pickCodebookFile() {
      const [file] = await pickFiles(CODEBOOK_ACCEPT, false, 'codebook-input');
      return file ? readDomFile(file) : null;
    },
    async pickExchangeFile() {
      const [file] = await pickFiles(EXCHANGE_ACCEPT, false, 'exchange-input');
      return file ? readDomFile(file) : null;
    },
    pickMedia: pickMediaFile,
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
