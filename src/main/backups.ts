/**
 * Automatic project backups in the app's data folder:
 *
 *   <userData>/backups/<projectId>/<timestamp>.werkbank
 *   <userData>/backups/<projectId>/project.json        ({ projectId, projectName } of the latest write)
 *
 * `<timestamp>` is the UTC ISO 8601 time with ':' replaced by '-' (Windows forbids ':' in file
 * names), e.g. `2026-11-23T10-00-00.000Z.werkbank`.
 *
 * Rotation policy (applied after every write): group a project's backups by UTC calendar day,
 * keep only the newest backup of each day, and keep only the 10 most recent days that have a
 * backup. So a project never has more than 10 backup files, the latest state of today is always
 * kept, and one snapshot per earlier working day goes back up to 10 working days. The renderer
 * decides when to write (e.g. once per day and when the project is closed).
 *
 * Backup ids handed to the renderer are `<projectId>/<file name>`; `read` accepts nothing else,
 * so a renderer cannot use it to read arbitrary files.
 */
import { mkdir, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BackupInfo } from '../preload/api';
import { translate } from '../shared/i18n';
import type { Language } from '../shared/model/types';
import { MAX_FILE_BYTES, UserFacingError, fileTooLargeError, readFileLimited, writeFileAtomic } from './files';
import { isInside } from './paths';

export const MAX_BACKUP_DAYS = 10;
export const BACKUP_EXTENSION = '.werkbank';
const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const BACKUP_FILE = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z\.werkbank$/;
const META_FILE = 'project.json';

export function isValidProjectId(id: string): boolean {
  return PROJECT_ID.test(id);
}

export function backupFileName(date: Date): string {
  return `${date.toISOString().replace(/:/g, '-')}${BACKUP_EXTENSION}`;
}

/** The creation time encoded in a backup file name, or null when it is not a backup file. */
export function parseBackupFileName(name: string): Date | null {
  const m = BACKUP_FILE.exec(name);
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Which file names to delete under the rotation policy. Pure: takes backup file names (others
 * are ignored), returns those to remove.
 */
export function backupsToDelete(fileNames: readonly string[], maxDays = MAX_BACKUP_DAYS): string[] {
  const backups = fileNames
    .map((name) => ({ name, date: parseBackupFileName(name) }))
    .filter((b): b is { name: string; date: Date } => b.date !== null)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  const days = new Set<string>();
  for (const backup of backups) {
    const day = backup.date.toISOString().slice(0, 10);
    if (days.has(day)) continue; // an older backup of a day we already keep
    if (days.size >= maxDays) break;
    days.add(day);
    keep.add(backup.name);
  }
  return backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

export interface BackupStoreOptions {
  now?: () => Date;
  language?: () => Language;
  maxBytes?: number;
}

export interface BackupStore {
  write(projectId: string, projectName: string, bytes: Uint8Array): Promise<BackupInfo>;
  list(projectId?: string): Promise<BackupInfo[]>;
  read(id: string): Promise<Uint8Array>;
}

/** Backups stored under `rootDir` (in the app: `<userData>/backups`). */
export function createBackupStore(rootDir: string, options: BackupStoreOptions = {}): BackupStore {
  const root = resolve(rootDir);
  const now = options.now ?? (() => new Date());
  const lang = options.language ?? (() => 'nl' as Language);
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;

  function checkProjectId(projectId: string): void {
    if (!isValidProjectId(projectId)) throw new UserFacingError(translate(lang(), 'menu.error.invalidProjectId'));
  }

  async function projectName(projectId: string): Promise<string> {
    try {
      const meta = JSON.parse(await readFile(join(root, projectId, META_FILE), 'utf8')) as { projectName?: unknown };
      return typeof meta.projectName === 'string' ? meta.projectName : projectId;
    } catch {
      return projectId;
    }
  }

  async function listProject(projectId: string): Promise<BackupInfo[]> {
    const dir = join(root, projectId);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const name = await projectName(projectId);
    const infos: BackupInfo[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const date = parseBackupFileName(entry.name);
      if (!date) continue;
      const size = (await stat(join(dir, entry.name))).size;
      infos.push({
        id: `${projectId}/${entry.name}`,
        projectId,
        projectName: name,
        createdAt: date.toISOString(),
        byteLength: size,
      });
    }
    return infos;
  }

  return {
    async write(projectId, name, bytes) {
      checkProjectId(projectId);
      if (bytes.byteLength > maxBytes) throw fileTooLargeError(lang(), name, bytes.byteLength, maxBytes);
      const dir = join(root, projectId);
      await mkdir(dir, { recursive: true });

      // Unique, monotonic file name even for two writes within the same millisecond.
      const existing = new Set(await readdir(dir));
      let date = now();
      while (existing.has(backupFileName(date))) date = new Date(date.getTime() + 1);
      const fileName = backupFileName(date);

      await writeFileAtomic(join(dir, fileName), bytes);
      await writeFileAtomic(join(dir, META_FILE), new TextEncoder().encode(JSON.stringify({ projectId, projectName: name })));

      const names = [...existing, fileName];
      for (const old of backupsToDelete(names)) await rm(join(dir, old), { force: true });

      return { id: `${projectId}/${fileName}`, projectId, projectName: name, createdAt: date.toISOString(), byteLength: bytes.byteLength };
    },

    async list(projectId) {
      let projectIds: string[];
      if (projectId !== undefined) {
        checkProjectId(projectId);
        projectIds = [projectId];
      } else {
        try {
          projectIds = (await readdir(root, { withFileTypes: true }))
            .filter((e) => e.isDirectory() && isValidProjectId(e.name))
            .map((e) => e.name);
        } catch {
          projectIds = [];
        }
      }
      const all = (await Promise.all(projectIds.map(listProject))).flat();
      return all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    },

    async read(id) {
      const parts = id.split('/');
      if (parts.length !== 2 || !isValidProjectId(parts[0]) || parseBackupFileName(parts[1]) === null) {
        throw new UserFacingError(translate(lang(), 'menu.error.invalidBackupId'));
      }
      const target = join(root, parts[0], parts[1]);
      let realTarget: string;
      let realRoot: string;
      try {
        realRoot = await realpath(root);
        realTarget = await realpath(target);
      } catch {
        throw new UserFacingError(translate(lang(), 'menu.error.backupNotFound'));
      }
      // Symlinks inside the backups folder must not lead elsewhere.
      if (!isInside(realRoot, realTarget)) throw new UserFacingError(translate(lang(), 'menu.error.invalidBackupId'));
      return readFileLimited(realTarget, lang(), maxBytes);
    },
  };
}
