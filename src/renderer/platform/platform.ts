/**
 * The renderer reaches the machine only through this adapter. Two implementations: Electron
 * (native dialogs and backups via the preload bridge) and browser (file inputs, downloads; no
 * backups folder). UI code never checks which one it has beyond the `capabilities`.
 */
import type { SourceFile } from '../../shared/import/types';
import type { BackupInfo, ExportKind, MenuCommand } from '../../preload/api';

export type { ExportKind };
import type { Language } from '../../shared/model/types';

export interface PickedFile extends SourceFile {
  /** Absolute path when known (desktop), for recent-projects lists. */
  path?: string;
}

/** An audio or video file chosen to link to a transcript (kept as a Blob: it can be large). */
export interface PickedMedia {
  name: string;
  /** MIME type as reported by the system, possibly '' (then guessed from the extension). */
  type: string;
  blob: Blob;
  path?: string;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  readonly capabilities: { backups: boolean; nativeMenu: boolean };
  pickTranscripts(): Promise<PickedFile[]>;
  pickProjectFile(): Promise<PickedFile | null>;
  /** Saves (desktop: save dialog; browser: download). Resolves to a name/path, or null if cancelled. */
  saveProjectFile(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  /** Saves an export (desktop: save dialog with the kind's filter; browser: download). Null if cancelled. */
  saveFile(suggestedName: string, bytes: Uint8Array, kind: ExportKind): Promise<string | null>;
  /**
   * Desktop only: opens a file that `saveFile`/`saveProjectFile` wrote in this session with the
   * system's default program. Absent in the browser, where the download is the end.
   */
  openSavedFile?(path: string): Promise<void>;
  /**
   * Desktop only: the next project file the operating system asked to open (a double-clicked
   * `.werkbank`), or null; `onProjectFileOpened` says when one is waiting.
   */
  takeOpenedProjectFile?(): Promise<PickedFile | null>;
  onProjectFileOpened?(listener: () => void): () => void;
  /** Lets the user pick a REFI-QDA codebook (`.qdc`); null when cancelled. */
  pickCodebookFile(): Promise<PickedFile | null>;
  /** Lets the user pick a REFI-QDA project (`.qdpx`) to import; null when cancelled. */
  pickExchangeFile(): Promise<PickedFile | null>;
  /** Lets the user pick an audio/video file (wav, mp3, m4a, ogg, webm, mp4); null when cancelled. */
  pickMedia(): Promise<PickedMedia | null>;
  writeBackup(projectId: string, projectName: string, bytes: Uint8Array): Promise<BackupInfo | null>;
  listBackups(projectId?: string): Promise<BackupInfo[]>;
  readBackup(id: string): Promise<Uint8Array>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  setLanguage(language: Language): Promise<void>;
}
