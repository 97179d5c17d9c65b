/**
 * The IndexedDB database (Dexie). One database holds all projects; every entity table is indexed
 * by `projectId`.
 *
 * Schema versions (never edit a released version's declaration; add a new one with an upgrade):
 *
 * | version | change                                                                          |
 * | ------- | ------------------------------------------------------------------------------- |
 * | 1       | projects, documents, respondents, codes, codings, memos, history, meta          |
 * | 2       | `media` table (linked audio blobs); `documents.checksum` index; upgrade fills   |
 * |         | `respondents.attributes` ({}), `documents.importWarnings` ([], old string       |
 * |         | warnings become { key }) and `documents.order` (per project, by importedAt)     |
 * | 3       | `codebookLog` table (codebook change log, by projectId); upgrade derives        |
 * |         | `projects.codebookOrigin` from the codes' `sourceCodeId` (predefined codebook)  |
 * | 4       | `relations` (axial coding: typed links between codes; by projectId, fromCodeId, |
 * |         | toCodeId) and `themes` (selective coding) tables; both start empty; project     |
 * |         | `phases`/`storyline` are optional fields (no upgrade needed)                    |
 *
 * `history` rows are the undo/redo stacks: one row per change set, `stack` 'undo' | 'redo',
 * ordered by the auto-incremented `seq` (the top of a stack is its highest seq).
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { ChangeSet } from '../../shared/model/changes';
import { findPredefinedCode, getPredefinedCodebook } from '../../shared/codebook/registry';
import type { Code, CodebookLogEntry, CodeRelation, Coding, Document, Memo, Project, Respondent, Theme } from '../../shared/model/types';

export const DB_VERSION = 4;

/** Frozen declaration of schema version 1 (also used by the migration test to build a v1 database). */
export const SCHEMA_V1 = {
  projects: 'id',
  documents: 'id, projectId',
  respondents: 'id, projectId',
  codes: 'id, projectId',
  codings: 'id, projectId, documentId, codeId',
  memos: 'id, projectId',
  history: '++seq, projectId, [projectId+stack]',
  meta: 'projectId',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  documents: 'id, projectId, checksum',
  media: 'id',
} as const;

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  codebookLog: 'id, projectId',
} as const;

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  relations: 'id, projectId, fromCodeId, toCodeId',
  themes: 'id, projectId',
} as const;

export type HistoryStack = 'undo' | 'redo';
export interface HistoryRow {
  seq?: number;
  projectId: string;
  stack: HistoryStack;
  set: ChangeSet;
}
export interface MetaRow {
  projectId: string;
  lastOpenedAt: string | null;
}
export interface MediaRow {
  id: string;
  blob: Blob;
  createdAt: string;
}

export type WerkbankDb = Dexie & {
  projects: EntityTable<Project, 'id'>;
  documents: EntityTable<Document, 'id'>;
  respondents: EntityTable<Respondent, 'id'>;
  codes: EntityTable<Code, 'id'>;
  codings: EntityTable<Coding, 'id'>;
  memos: EntityTable<Memo, 'id'>;
  codebookLog: EntityTable<CodebookLogEntry, 'id'>;
  relations: EntityTable<CodeRelation, 'id'>;
  themes: EntityTable<Theme, 'id'>;
  history: Table<HistoryRow, number>;
  meta: EntityTable<MetaRow, 'projectId'>;
  media: EntityTable<MediaRow, 'id'>;
};

/** v1 → v2: fill the fields that version 1 did not store. Exported for the migration test. */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  await tx
    .table('respondents')
    .toCollection()
    .modify((r: Record<string, unknown>) => {
      if (typeof r.attributes !== 'object' || r.attributes === null) r.attributes = {};
    });
  const docs = (await tx.table('documents').toArray()) as Record<string, unknown>[];
  const byProject = new Map<string, Record<string, unknown>[]>();
  for (const d of docs) {
    const list = byProject.get(String(d.projectId)) ?? [];
    list.push(d);
    byProject.set(String(d.projectId), list);
  }
  const changed: Record<string, unknown>[] = [];
  for (const list of byProject.values()) {
    list.sort(
      (a, b) => String(a.importedAt).localeCompare(String(b.importedAt)) || String(a.id).localeCompare(String(b.id)),
    );
    list.forEach((d, i) => {
      let dirty = false;
      if (!Array.isArray(d.importWarnings)) {
        d.importWarnings = [];
        dirty = true;
      } else if (d.importWarnings.some((w) => typeof w === 'string')) {
        d.importWarnings = d.importWarnings.map((w) => (typeof w === 'string' ? { key: w } : w));
        dirty = true;
      }
      if (typeof d.order !== 'number') {
        d.order = i;
        dirty = true;
      }
      if (dirty) changed.push(d);
    });
  }
  if (changed.length) await tx.table('documents').bulkPut(changed);
}

/**
 * v2 → v3: the new `codebookLog` table starts empty. Projects created from a predefined codebook
 * (codes with a `sourceCodeId`) get their `codebookOrigin`, so the appendix can cite the source;
 * when the codes come from more than one codebook, the one with most codes wins. Exported for the
 * migration test.
 */
export async function upgradeV2toV3(tx: Transaction): Promise<void> {
  const codes = (await tx.table('codes').toArray()) as Record<string, unknown>[];
  const perProject = new Map<string, Map<string, number>>();
  for (const c of codes) {
    if (typeof c.sourceCodeId !== 'string') continue;
    const found = findPredefinedCode(c.sourceCodeId);
    if (!found) continue;
    const counts = perProject.get(String(c.projectId)) ?? new Map<string, number>();
    counts.set(found.codebook.id, (counts.get(found.codebook.id) ?? 0) + 1);
    perProject.set(String(c.projectId), counts);
  }
  await tx
    .table('projects')
    .toCollection()
    .modify((p: Record<string, unknown>) => {
      if (p.codebookOrigin !== undefined) return;
      const counts = perProject.get(String(p.id));
      if (!counts) return;
      const [codebookId] = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
      const codebook = getPredefinedCodebook(codebookId);
      if (!codebook) return;
      p.codebookOrigin = {
        kind: 'predefined',
        codebookId: codebook.id,
        title: codebook.title,
        version: codebook.version,
        citation: codebook.source.document,
      };
    });
}

export function openDatabase(name: string): WerkbankDb {
  const db = new Dexie(name) as WerkbankDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeV2toV3);
  // v4 only adds two empty tables; existing records need no change.
  db.version(4).stores(SCHEMA_V4);
  return db;
}
