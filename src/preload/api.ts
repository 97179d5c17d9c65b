/**
 * The contract between the renderer and the Electron main process: the only surface the preload
 * exposes (as `window.werkbank`). Every call maps to one typed IPC channel in src/main/ipc; there
 * is no generic invoke/send pass-through. Types only: imported by preload, main and renderer.
 */
import type { Language } from '../shared/model/types';

/** A file read by the main process on the user's behalf (after a native dialog). */
export interface BridgeFile {
  name: string;
  /** Absolute path on disk; shown to the user, used for "recent projects". */
  path: string;
  bytes: Uint8Array;
}

export interface BackupInfo {
  /** Opaque id (the backup's file name); pass back to `backups.read`. */
  id: string;
  projectId: string;
  projectName: string;
  createdAt: string;
  byteLength: number;
}

export type MenuCommand =
  | 'project:new'
  | 'project:open'
  | 'project:save-as'
  | 'project:import-qdpx'
  | 'project:export-qdpx'
  | 'project:close'
  | 'documents:import'
  | 'edit:undo'
  | 'edit:redo'
  | 'backups:show'
  | 'view:language-nl'
  | 'view:language-en';

/** File types of exports saved through `dialogs.saveExport` (the extension, without the dot). */
export type ExportKind = 'docx' | 'csv' | 'qdc' | 'pdf' | 'xlsx' | 'qdpx' | 'png' | 'svg';

export interface WerkbankBridge {
  readonly platform: 'electron';
  readonly appVersion: string;
  dialogs: {
    /** Native multi-select dialog for transcripts; resolves to [] when cancelled. */
    openTranscripts(): Promise<BridgeFile[]>;
    /** Native dialog for a `.werkbank` file; null when cancelled. */
    openProject(): Promise<BridgeFile | null>;
    /** Native save dialog; writes the bytes atomically; resolves to the path, or null when cancelled. */
    saveProject(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
    /**
     * Native save dialog for an export of the given kind (filter and extension of that kind);
     * writes atomically; resolves to the path, or null when cancelled.
     */
    saveExport(suggestedName: string, bytes: Uint8Array, kind: ExportKind): Promise<string | null>;
    /** Native dialog for a REFI-QDA codebook (`.qdc`); null when cancelled. */
    openCodebook(): Promise<BridgeFile | null>;
    /** Native dialog for a REFI-QDA project (`.qdpx`) to import; null when cancelled. */
    openExchange(): Promise<BridgeFile | null>;
  };
  files: {
    /**
     * Opens a file that a save dialog of this app wrote in this session (e.g. the report just
     * exported) with the system's default program. Any other path is refused.
     */
    openSaved(path: string): Promise<void>;
    /** The next `.werkbank` file the operating system asked to open (a double-click), or null. */
    takeOpened(): Promise<BridgeFile | null>;
    /** Called when such a file is waiting (the app was already running); returns unsubscribe. */
    onOpened(listener: () => void): () => void;
  };
  backups: {
    /** Stores a backup in the app's data folder; keeps the newest per day, at most 10 per project. */
    write(projectId: string, projectName: string, bytes: Uint8Array): Promise<BackupInfo>;
    list(projectId?: string): Promise<BackupInfo[]>;
    read(id: string): Promise<Uint8Array>;
  };
  menu: {
    /** Subscribes to application-menu commands; returns the unsubscribe function. */
    onCommand(listener: (command: MenuCommand) => void): () => void;
    /** Rebuilds the native menu in the given language. */
    setLanguage(language: Language): Promise<void>;
  };
}
