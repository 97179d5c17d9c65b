import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyToSnapshot, type ChangeSet } from '../../../src/shared/model/changes';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import {
  assignSpeaker,
  createRespondent,
  deleteDocument,
  importDocuments,
  renameDocument,
  updateProject,
} from '../../../src/shared/project/commands';
import { createDexieRepository, HISTORY_LIMIT, StaleChangeError } from '../../../src/renderer/data/dexie-repository';
import { D1, D2, K1, P, R1, sampleSnapshot } from '../project/sample';

let counter = 0;
const uniqueName = () => `werkbank-repo-${Date.now()}-${++counter}`;

const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
/** Order-independent view of a snapshot; project.updatedAt is set by the repository itself. */
const normal = (s: ProjectSnapshot) => ({
  project: { ...s.project, updatedAt: '' },
  documents: sortById(s.documents),
  respondents: sortById(s.respondents),
  codes: sortById(s.codes),
  codings: sortById(s.codings),
  memos: sortById(s.memos),
});

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('Dexie repository', () => {
  it('creates, lists, marks opened and deletes projects', async () => {
    const repo = createDexieRepository(uniqueName());
    const a = await repo.createProject({ name: 'Thesis', settings: { language: 'nl', coderName: 'S' } });
    await repo.addSnapshot(sampleSnapshot());
    await repo.markOpened(a.id);
    const list = await repo.listProjects();
    expect(list.map((s) => [s.project.name, s.documentCount])).toEqual([
      ['Thesis', 0],
      ['Passend onderwijs — ervaringen', 2],
    ]);
    expect(list[0].lastOpenedAt).not.toBeNull();
    await repo.apply(P, renameDocument(sampleSnapshot(), D1, 'X'));
    await repo.deleteProject(P);
    expect((await repo.listProjects()).map((s) => s.project.id)).toEqual([a.id]);
    expect(await repo.db.codings.count()).toBe(0);
    expect(await repo.db.history.count()).toBe(0);
    await expect(repo.loadSnapshot(P)).rejects.toThrow(/projectMissing/);
    repo.close();
  });

  it('tells whether a copy uses ids stored under another project (a copy opened in this browser)', async () => {
    const repo = createDexieRepository(uniqueName());
    const original = sampleSnapshot();
    await repo.addSnapshot(original);
    expect(await repo.usesIdsOfOtherProjects(P, original)).toBe(false);
    // Opening the same file again stores it under new ids; a file saved from that copy uses them.
    const copy = await repo.loadSnapshot((await repo.addSnapshot(original)).id);
    expect(copy.project.id).not.toBe(P);
    expect(await repo.usesIdsOfOtherProjects(P, copy)).toBe(true);
    expect(await repo.usesIdsOfOtherProjects(copy.project.id, copy)).toBe(false);
    repo.close();
  });

  it('loadSnapshot equals the snapshot stored and every change set applied', async () => {
    const repo = createDexieRepository(uniqueName());
    let expected = sampleSnapshot();
    await repo.addSnapshot(expected);
    expect(normal(await repo.loadSnapshot(P))).toEqual(normal(expected));
    const sets: ChangeSet[] = [];
    const step = async (make: (s: ProjectSnapshot) => ChangeSet) => {
      const current = await repo.loadSnapshot(P);
      const set = make(current);
      sets.push(set);
      await repo.apply(P, set);
      expected = applyToSnapshot(expected, set);
      expect(normal(await repo.loadSnapshot(P))).toEqual(normal(expected));
    };
    await step((s) =>
      importDocuments(s, [
        {
          fileName: 'Interview 3 – ouder.vtt',
          checksum: 'e'.repeat(64),
          byteLength: 42,
          transcript: { format: 'vtt', encoding: 'utf-8', text: 'Hé, ça va? 👋', turns: [{ speaker: 'Ouder', start: 0, end: 13, startTime: 1 }], speakers: ['Ouder'], warnings: [] },
        },
      ]),
    );
    await step((s) => createRespondent(s, { pseudonym: 'Ouder 1', role: 'ouder' }).set);
    await step((s) => assignSpeaker(s, D2, 'Leerkracht', { kind: 'respondent', respondentId: R1 }));
    await step((s) => deleteDocument(s, D1));
    await step((s) => updateProject(s, { description: 'Nieuwe beschrijving' }));
    const loaded = await repo.loadSnapshot(P);
    expect(loaded.documents.map((d) => d.order)).toEqual([1, 2]);
    expect(loaded.codings.map((c) => c.id)).not.toContain(K1);
    expect(loaded.project.description).toBe('Nieuwe beschrijving');
    expect(await repo.history(P)).toEqual({ undo: { name: 'command.updateProject', params: { name: loaded.project.name } }, redo: null });
    repo.close();
  });

  it('undo and redo survive a reload (new repository on the same database)', async () => {
    const name = uniqueName();
    const original = sampleSnapshot();
    let repo = createDexieRepository(name);
    await repo.addSnapshot(original);
    const del = deleteDocument(original, D1);
    await repo.apply(P, del);
    const afterDelete = await repo.loadSnapshot(P);
    repo.close();

    repo = createDexieRepository(name);
    expect((await repo.history(P)).undo?.name).toBe('command.deleteDocument');
    const undone = await repo.undo(P);
    expect(undone?.name).toBe('command.deleteDocument');
    expect(normal(await repo.loadSnapshot(P))).toEqual(normal(original));
    expect(await repo.history(P)).toEqual({ undo: null, redo: { name: 'command.deleteDocument', params: { name: 'Interview 1 – directeur' } } });
    repo.close();

    repo = createDexieRepository(name);
    expect((await repo.redo(P))?.name).toBe('command.deleteDocument');
    expect(normal(await repo.loadSnapshot(P))).toEqual(normal(afterDelete));
    expect(await repo.redo(P)).toBeNull();
    await repo.undo(P);
    // A new change clears the redo stack.
    await repo.apply(P, renameDocument(await repo.loadSnapshot(P), D2, 'Nieuw'));
    expect((await repo.history(P)).redo).toBeNull();
    expect(await repo.undo(P)).not.toBeNull();
    expect(await repo.undo(P)).toBeNull();
    repo.close();
  });

  it('rejects a stale change set and writes nothing', async () => {
    const repo = createDexieRepository(uniqueName());
    const snap = sampleSnapshot();
    await repo.addSnapshot(snap);
    await repo.apply(P, renameDocument(snap, D1, 'Nieuwe naam'));
    const before = await repo.loadSnapshot(P);
    // Built from the old snapshot: document 1's `before` no longer matches, and the set also
    // deletes codings; none of it may be written.
    await expect(repo.apply(P, deleteDocument(snap, D1))).rejects.toBeInstanceOf(StaleChangeError);
    await expect(repo.apply(P, renameDocument(snap, D1, 'Andere naam'))).rejects.toMatchObject({ key: 'project.error.stale' });
    // Creating a record that already exists is stale as well.
    await expect(repo.apply(P, { name: 'x', changes: [{ table: 'respondents', id: R1, before: null, after: snap.respondents[0] }] })).rejects.toBeInstanceOf(StaleChangeError);
    // Stale project edits too (description changed elsewhere).
    await repo.apply(P, updateProject(before, { description: 'A' }));
    await expect(repo.apply(P, updateProject(before, { name: 'B' }))).rejects.toBeInstanceOf(StaleChangeError);
    const after = await repo.loadSnapshot(P);
    expect(normal(after)).toEqual(normal({ ...before, project: { ...before.project, description: 'A' } }));
    expect((await repo.history(P)).undo?.name).toBe('command.updateProject');
    // Changes aimed at another project are refused.
    const foreign = { ...snap.respondents[0], id: 'new', projectId: 'other' };
    await expect(repo.apply(P, { name: 'x', changes: [{ table: 'respondents', id: 'new', before: null, after: foreign }] })).rejects.toThrow(/foreignEntity/);
    repo.close();
  });

  it('undo is refused when the data changed underneath, and the history stays intact', async () => {
    const name = uniqueName();
    const a = createDexieRepository(name);
    const b = createDexieRepository(name);
    await a.addSnapshot(sampleSnapshot());
    await a.apply(P, renameDocument(await a.loadSnapshot(P), D1, 'Eerste'));
    // Another window writes the same record without going through `a`'s history entry.
    await b.db.documents.update(D1, { name: 'Elders gewijzigd' });
    await expect(a.undo(P)).rejects.toBeInstanceOf(StaleChangeError);
    expect((await a.history(P)).undo?.name).toBe('command.renameDocument');
    a.close();
    b.close();
  });

  it('addSnapshot gives a copy of an existing project new ids and remaps every reference', async () => {
    const repo = createDexieRepository(uniqueName());
    const snap = sampleSnapshot();
    const first = await repo.addSnapshot(snap);
    expect(first.id).toBe(P);
    const copy = await repo.addSnapshot(snap);
    expect(copy.id).not.toBe(P);
    expect(normal(await repo.loadSnapshot(P))).toEqual(normal(snap));
    const c = await repo.loadSnapshot(copy.id);
    const allIds = [...c.documents, ...c.respondents, ...c.codes, ...c.codings, ...c.memos].map((e) => e.id);
    const oldIds = new Set([P, ...[...snap.documents, ...snap.respondents, ...snap.codes, ...snap.codings, ...snap.memos].map((e) => e.id)]);
    expect(allIds.filter((id) => oldIds.has(id))).toEqual([]);
    for (const e of [...c.documents, ...c.respondents, ...c.codes, ...c.codings, ...c.memos]) expect(e.projectId).toBe(copy.id);
    const docIds = new Set(c.documents.map((d) => d.id));
    const codeIds = new Set(c.codes.map((d) => d.id));
    const respondentIds = new Set(c.respondents.map((d) => d.id));
    const codingIds = new Set(c.codings.map((d) => d.id));
    for (const k of c.codings) expect(docIds.has(k.documentId) && codeIds.has(k.codeId)).toBe(true);
    expect(c.codes.filter((x) => x.parentId !== null).every((x) => codeIds.has(x.parentId!))).toBe(true);
    const role = c.documents.find((d) => d.name === 'Interview 1 – directeur')!.speakers[1].role;
    expect(role.kind === 'respondent' && respondentIds.has(role.respondentId)).toBe(true);
    const memo = c.memos.find((m) => m.target.kind === 'coding')!;
    expect(memo.target.kind === 'coding' && codingIds.has(memo.target.id)).toBe(true);
    // Relations and themes are copied with new ids and remapped references.
    expect(c.relations).toHaveLength(1);
    expect(c.themes).toHaveLength(1);
    for (const e of [...c.relations, ...c.themes]) {
      expect(oldIds.has(e.id)).toBe(false);
      expect(snap.relations.concat().some((r) => r.id === e.id) || snap.themes.some((t) => t.id === e.id)).toBe(false);
      expect(e.projectId).toBe(copy.id);
    }
    expect(codeIds.has(c.relations[0].fromCodeId) && codeIds.has(c.relations[0].toCodeId)).toBe(true);
    expect(c.themes[0].categoryIds.every((id) => codeIds.has(id))).toBe(true);
    expect(c.themes[0].keyQuoteIds.every((id) => codingIds.has(id))).toBe(true);
    // Same content apart from ids.
    expect(c.documents.map((d) => d.text)).toEqual(snap.documents.map((d) => d.text));
    expect((await repo.listProjects()).length).toBe(2);
    repo.close();
  });

  it('notifies subscribers of own changes and of another instance (tab)', async () => {
    const name = uniqueName();
    const a = createDexieRepository(name);
    const b = createDexieRepository(name);
    await a.addSnapshot(sampleSnapshot());
    let calls = 0;
    const unsubscribe = b.subscribe(P, () => calls++);
    await settle();
    expect(calls).toBe(0);
    await a.apply(P, renameDocument(await a.loadSnapshot(P), D1, 'Via tab A'));
    await settle();
    expect(calls).toBeGreaterThan(0);
    const seen = calls;
    await a.undo(P);
    await settle();
    expect(calls).toBeGreaterThan(seen);
    unsubscribe();
    const final = calls;
    await a.redo(P);
    await settle();
    expect(calls).toBe(final);
    a.close();
    b.close();
  });

  it(`caps the undo history at ${HISTORY_LIMIT} entries`, async () => {
    const repo = createDexieRepository(uniqueName());
    await repo.addSnapshot(sampleSnapshot());
    let snap = await repo.loadSnapshot(P);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      const set = renameDocument(snap, D2, `Naam ${i}`);
      await repo.apply(P, set);
      snap = applyToSnapshot(snap, set);
    }
    expect(await repo.db.history.where('[projectId+stack]').equals([P, 'undo']).count()).toBe(HISTORY_LIMIT);
    expect((await repo.undo(P))?.params).toMatchObject({ name: `Naam ${HISTORY_LIMIT + 4}` });
    repo.close();
  });

  it('ignores empty change sets', async () => {
    const repo = createDexieRepository(uniqueName());
    await repo.addSnapshot(sampleSnapshot());
    await repo.apply(P, renameDocument(sampleSnapshot(), D1, 'Interview 1 – directeur'));
    expect(await repo.history(P)).toEqual({ undo: null, redo: null });
    repo.close();
  });
});
