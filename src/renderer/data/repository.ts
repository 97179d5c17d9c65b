/**
 * Contract of the renderer's data layer (implemented on Dexie/IndexedDB in ./db.ts and
 * ./dexie-repository.ts). Every mutation is a ChangeSet applied in one transaction and written at
 * once; the repository keeps a per-project undo/redo history in the database, so undo survives a
 * reload.
 */
import type { ChangeSet } from '../../shared/model/changes';
import type { Project, ProjectSnapshot, ProjectSettings } from '../../shared/model/types';

export interface ProjectSummary {
  project: Project;
  documentCount: number;
  lastOpenedAt: string | null;
}

export interface HistoryState {
  /** Name (i18n key + params) of the change set `undo` would revert, or null. */
  undo: Pick<ChangeSet, 'name' | 'params'> | null;
  redo: Pick<ChangeSet, 'name' | 'params'> | null;
}

export interface ProjectRepository {
  listProjects(): Promise<ProjectSummary[]>;
  createProject(input: { name: string; description?: string; settings: ProjectSettings }): Promise<Project>;
  /** Stores a whole snapshot as a new project (opening a `.werkbank` file or restoring a backup). */
  addSnapshot(snapshot: ProjectSnapshot): Promise<Project>;
  /**
   * True when an entity id of `snapshot` is stored under another project than `projectId` — a copy
   * of this project opened in the same browser, whose ids were renewed. Merging it must renew them.
   */
  usesIdsOfOtherProjects(projectId: string, snapshot: ProjectSnapshot): Promise<boolean>;
  deleteProject(projectId: string): Promise<void>;
  markOpened(projectId: string): Promise<void>;
  loadSnapshot(projectId: string): Promise<ProjectSnapshot>;
  /** Applies the change set atomically, records it for undo and clears the redo stack. */
  apply(projectId: string, set: ChangeSet): Promise<void>;
  undo(projectId: string): Promise<ChangeSet | null>;
  redo(projectId: string): Promise<ChangeSet | null>;
  history(projectId: string): Promise<HistoryState>;
  /** Subscribe to any change of the project's data (own or another tab's); returns unsubscribe. */
  subscribe(projectId: string, listener: () => void): () => void;
  /** Stores linked audio/video bytes; returns the id to put in `MediaLink.blobId`. */
  putMedia(blob: Blob): Promise<string>;
  /** The stored media bytes, or undefined when the id is unknown. */
  getMedia(blobId: string): Promise<Blob | undefined>;
}
