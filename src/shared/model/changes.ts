import type { EntityByTable, EntityTable, ProjectSnapshot } from './types';

/**
 * Every mutation of project data is a named ChangeSet: a list of entity changes that records the
 * value before and after. Applying the inverse undoes it exactly, so undo/redo works the same for
 * imports, speaker mapping, codebook edits and codings, whether the data sits in IndexedDB or in
 * a snapshot (CLI, tests).
 */
export type EntityChange = {
  [T in EntityTable]: {
    table: T;
    id: string;
    before: EntityByTable[T] | null;
    after: EntityByTable[T] | null;
  };
}[EntityTable];

export interface ChangeSet {
  /** i18n key of the command's name, shown as "Undo <name>". */
  name: string;
  /** Parameters for the name's message, e.g. a file count. */
  params?: Record<string, string | number>;
  changes: EntityChange[];
  /** Project-record change, if the command renamed or re-configured the project. */
  project?: { before: ProjectSnapshot['project']; after: ProjectSnapshot['project'] };
}

export function invertChangeSet(set: ChangeSet): ChangeSet {
  return {
    ...set,
    changes: set.changes
      .slice()
      .reverse()
      .map((c) => ({ ...c, before: c.after, after: c.before }) as EntityChange),
    project: set.project && { before: set.project.after, after: set.project.before },
  };
}

export function created<T extends EntityTable>(table: T, entity: EntityByTable[T]): EntityChange {
  return { table, id: entity.id, before: null, after: entity } as EntityChange;
}

export function updated<T extends EntityTable>(
  table: T,
  before: EntityByTable[T],
  after: EntityByTable[T],
): EntityChange {
  return { table, id: before.id, before, after } as EntityChange;
}

export function deleted<T extends EntityTable>(table: T, entity: EntityByTable[T]): EntityChange {
  return { table, id: entity.id, before: entity, after: null } as EntityChange;
}

/** Applies a change set to a snapshot and returns the new snapshot (the input is not mutated). */
export function applyToSnapshot(snapshot: ProjectSnapshot, set: ChangeSet): ProjectSnapshot {
  const next: ProjectSnapshot = {
    project: set.project ? set.project.after : snapshot.project,
    documents: snapshot.documents,
    respondents: snapshot.respondents,
    codes: snapshot.codes,
    codings: snapshot.codings,
    memos: snapshot.memos,
    codebookLog: snapshot.codebookLog,
    relations: snapshot.relations,
    themes: snapshot.themes,
  };
  const touched = new Set<EntityTable>(set.changes.map((c) => c.table));
  for (const table of touched) {
    const byId = new Map<string, EntityByTable[typeof table]>(
      (next[table] as EntityByTable[typeof table][]).map((e) => [e.id, e]),
    );
    for (const change of set.changes) {
      if (change.table !== table) continue;
      if (change.after) byId.set(change.id, change.after);
      else byId.delete(change.id);
    }
    (next as unknown as Record<EntityTable, unknown[]>)[table] = [...byId.values()];
  }
  return next;
}
