/**
 * ProjectRepository on IndexedDB (Dexie). Every mutation runs in one read-write transaction:
 * either all of a change set is written, with its undo entry, or nothing is.
 *
 * Optimistic check: each change's `before` must equal the stored record (null = must not exist);
 * otherwise the transaction aborts with a StaleChangeError, so a stale window can never overwrite
 * newer data written elsewhere (another tab, an undo in another window).
 */
import { liveQuery } from 'dexie';
import { invertChangeSet, type ChangeSet, type EntityChange } from '../../shared/model/changes';
import type { EntityTable, Project, ProjectSnapshot } from '../../shared/model/types';
import { newProjectSnapshot } from '../../shared/project/commands';
import { deepEqual } from '../../shared/project/equal';
import { remapSnapshotIds } from '../../shared/project/remap';
import { newId, nowIso } from '../../shared/util/ids';
import { openDatabase, type HistoryStack, type WerkbankDb } from './db';
import type { HistoryState, ProjectRepository, ProjectSummary } from './repository';

/** Undo entries kept per project; the oldest are dropped beyond this. */
export const HISTORY_LIMIT = 200;

const ENTITY_TABLES: EntityTable[] = ['documents', 'respondents', 'codes', 'codings', 'memos', 'codebookLog', 'relations', 'themes'];

/** Raised when a change set no longer matches the stored data; nothing was written. */
export class StaleChangeError extends Error {
  readonly key = 'project.error.stale';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`Stale change: ${table} ${id} differs from the stored record`);
    this.name = 'StaleChangeError';
  }
}

/** Raised for a project id that is not in the database or a change aimed at another project. */
export class RepositoryError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'RepositoryError';
  }
}

export interface DexieProjectRepository extends ProjectRepository {
  readonly db: WerkbankDb;
  /** Closes the database connection (tests, or before deleting the database). */
  close(): void;
}

function sameProjectIgnoringUpdatedAt(a: Project, b: Project): boolean {
  return deepEqual({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
}

export function createDexieRepository(dbName = 'werkbank'): DexieProjectRepository {
  const db = openDatabase(dbName);
  const allTables = () => [db.projects, db.history, ...ENTITY_TABLES.map((t) => db.table(t))];

  /** Writes a change set after checking every `before`; call inside a rw transaction. */
  async function write(projectId: string, set: ChangeSet): Promise<void> {
    const stored = await db.projects.get(projectId);
    if (!stored) throw new RepositoryError('project.error.projectMissing', { id: projectId });
    let project: Project = stored;
    if (set.project) {
      if (set.project.after.id !== projectId) {
        throw new RepositoryError('project.error.foreignEntity', { table: 'projects', id: set.project.after.id });
      }
      if (!sameProjectIgnoringUpdatedAt(stored, set.project.before)) throw new StaleChangeError('projects', projectId);
      project = set.project.after;
    }
    // Group by table, read the current records in bulk, replay the changes in order in memory
    // (a set may touch one id twice), then write the final state of every touched record.
    const byTable = new Map<EntityTable, EntityChange[]>();
    for (const c of set.changes) {
      for (const entity of [c.before, c.after]) {
        if (entity && entity.projectId !== projectId) {
          throw new RepositoryError('project.error.foreignEntity', { table: c.table, id: c.id });
        }
      }
      const list = byTable.get(c.table) ?? [];
      list.push(c);
      byTable.set(c.table, list);
    }
    for (const [table, changes] of byTable) {
      const t = db.table(table);
      const ids = [...new Set(changes.map((c) => c.id))];
      const current = new Map<string, unknown>();
      (await t.bulkGet(ids)).forEach((v, i) => current.set(ids[i], v ?? null));
      for (const c of changes) {
        if (!deepEqual(current.get(c.id), c.before)) throw new StaleChangeError(table, c.id);
        current.set(c.id, c.after);
      }
      const puts = ids.map((id) => current.get(id)).filter((v): v is object => v !== null);
      const deletes = ids.filter((id) => current.get(id) === null);
      if (puts.length) await t.bulkPut(puts);
      if (deletes.length) await t.bulkDelete(deletes);
    }
    await db.projects.put({ ...project, updatedAt: nowIso() });
  }

  async function push(projectId: string, stack: HistoryStack, set: ChangeSet): Promise<void> {
    await db.history.add({ projectId, stack, set });
    const keys = await db.history.where('[projectId+stack]').equals([projectId, stack]).primaryKeys();
    if (keys.length > HISTORY_LIMIT) await db.history.bulkDelete(keys.slice(0, keys.length - HISTORY_LIMIT));
  }

  async function top(projectId: string, stack: HistoryStack) {
    return db.history.where('[projectId+stack]').equals([projectId, stack]).last();
  }

  async function clear(projectId: string, stack: HistoryStack): Promise<void> {
    await db.history.where('[projectId+stack]').equals([projectId, stack]).delete();
  }

  async function storeSnapshot(snapshot: ProjectSnapshot): Promise<void> {
    await db.projects.add(snapshot.project);
    for (const table of ENTITY_TABLES) {
      const rows = snapshot[table] as object[];
      if (rows.length) await db.table(table).bulkAdd(rows);
    }
  }

  async function idTaken(snapshot: ProjectSnapshot): Promise<boolean> {
    if (await db.projects.get(snapshot.project.id)) return true;
    for (const table of ENTITY_TABLES) {
      const ids = (snapshot[table] as { id: string }[]).map((e) => e.id);
      if (!ids.length) continue;
      if ((await db.table(table).bulkGet(ids)).some((v) => v !== undefined)) return true;
    }
    return false;
  }

  const repo: DexieProjectRepository = {
    db,

    close() {
      db.close();
    },

    async listProjects(): Promise<ProjectSummary[]> {
      return db.transaction('r', [db.projects, db.documents, db.meta], async () => {
        const projects = await db.projects.toArray();
        const out: ProjectSummary[] = [];
        for (const project of projects) {
          out.push({
            project,
            documentCount: await db.documents.where('projectId').equals(project.id).count(),
            lastOpenedAt: (await db.meta.get(project.id))?.lastOpenedAt ?? null,
          });
        }
        return out.sort(
          (a, b) =>
            (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? '') ||
            b.project.updatedAt.localeCompare(a.project.updatedAt),
        );
      });
    },

    async createProject(input) {
      const snapshot = newProjectSnapshot(input);
      await db.projects.add(snapshot.project);
      return snapshot.project;
    },

    async addSnapshot(snapshot) {
      return db.transaction('rw', allTables(), async () => {
        const toStore = (await idTaken(snapshot)) ? remapSnapshotIds(snapshot, () => newId()) : snapshot;
        await storeSnapshot(toStore);
        return toStore.project;
      });
    },

    async usesIdsOfOtherProjects(projectId, snapshot) {
      return db.transaction('r', ENTITY_TABLES.map((t) => db.table(t)), async () => {
        for (const table of ENTITY_TABLES) {
          const ids = (snapshot[table] as { id: string }[]).map((e) => e.id);
          if (!ids.length) continue;
          const stored = (await db.table(table).bulkGet(ids)) as ({ projectId: string } | undefined)[];
          if (stored.some((v) => v !== undefined && v.projectId !== projectId)) return true;
        }
        return false;
      });
    },

    async deleteProject(projectId) {
      await db.transaction('rw', [...allTables(), db.meta, db.media], async () => {
        const docs = await db.documents.where('projectId').equals(projectId).toArray();
        const blobIds = docs.map((d) => d.media?.blobId).filter((id): id is string => !!id);
        for (const table of ENTITY_TABLES) await db.table(table).where('projectId').equals(projectId).delete();
        await db.history.where('projectId').equals(projectId).delete();
        await db.meta.delete(projectId);
        if (blobIds.length) await db.media.bulkDelete(blobIds);
        await db.projects.delete(projectId);
      });
    },

    async markOpened(projectId) {
      await db.meta.put({ projectId, lastOpenedAt: nowIso() });
    },

    async loadSnapshot(projectId) {
      return db.transaction('r', allTables(), async () => {
        const project = await db.projects.get(projectId);
        if (!project) throw new RepositoryError('project.error.projectMissing', { id: projectId });
        const of = <T>(table: EntityTable) => db.table(table).where('projectId').equals(projectId).toArray() as Promise<T[]>;
        const [documents, respondents, codes, codings, memos, codebookLog, relations, themes] = await Promise.all([
          of<ProjectSnapshot['documents'][number]>('documents'),
          of<ProjectSnapshot['respondents'][number]>('respondents'),
          of<ProjectSnapshot['codes'][number]>('codes'),
          of<ProjectSnapshot['codings'][number]>('codings'),
          of<ProjectSnapshot['memos'][number]>('memos'),
          of<ProjectSnapshot['codebookLog'][number]>('codebookLog'),
          of<ProjectSnapshot['relations'][number]>('relations'),
          of<ProjectSnapshot['themes'][number]>('themes'),
        ]);
        documents.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
        codes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
        codebookLog.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
        relations.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
        themes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
        return { project, documents, respondents, codes, codings, memos, codebookLog, relations, themes };
      });
    },

    async apply(projectId, set) {
      if (set.changes.length === 0 && !set.project) return;
      await db.transaction('rw', allTables(), async () => {
        await write(projectId, set);
        await push(projectId, 'undo', set);
        await clear(projectId, 'redo');
      });
    },

    async undo(projectId) {
      return db.transaction('rw', allTables(), async () => {
        const row = await top(projectId, 'undo');
        if (!row) return null;
        await write(projectId, invertChangeSet(row.set));
        await db.history.delete(row.seq!);
        await push(projectId, 'redo', row.set);
        return row.set;
      });
    },

    async redo(projectId) {
      return db.transaction('rw', allTables(), async () => {
        const row = await top(projectId, 'redo');
        if (!row) return null;
        await write(projectId, row.set);
        await db.history.delete(row.seq!);
        await push(projectId, 'undo', row.set);
        return row.set;
      });
    },

    async history(projectId): Promise<HistoryState> {
      return db.transaction('r', db.history, async () => {
        const [u, r] = await Promise.all([top(projectId, 'undo'), top(projectId, 'redo')]);
        const name = (row: typeof u) => (row ? { name: row.set.name, params: row.set.params } : null);
        return { undo: name(u), redo: name(r) };
      });
    },

    subscribe(projectId, listener) {
      // Every mutation writes the project record (updatedAt) and/or a history row, so observing
      // those two small ranges sees all changes, including other tabs' (Dexie broadcasts them).
      let first = true;
      const subscription = liveQuery(() =>
        Promise.all([db.projects.get(projectId), db.history.where('projectId').equals(projectId).primaryKeys()]),
      ).subscribe({
        next: () => {
          if (first) first = false;
          else listener();
        },
        error: () => listener(),
      });
      return () => subscription.unsubscribe();
    },

    async putMedia(blob) {
      const id = newId();
      await db.media.add({ id, blob, createdAt: nowIso() });
      return id;
    },

    async getMedia(blobId) {
      return (await db.media.get(blobId))?.blob;
    },
  };
  return repo;
}
