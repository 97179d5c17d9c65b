import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DB_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../../src/renderer/data/db';
import { createDexieRepository } from '../../../src/renderer/data/dexie-repository';
import { sampleSnapshot } from '../project/sample';

let counter = 0;
const uniqueName = () => `werkbank-migration-${Date.now()}-${++counter}`;

/** What version 1 stored: respondents without `attributes`, documents without `importWarnings`/`order`. */
function v1Records() {
  const snap = sampleSnapshot();
  const documents = snap.documents.map(({ importWarnings: _w, order: _o, ...rest }) => rest);
  const respondents = snap.respondents.map(({ attributes: _a, ...rest }) => rest);
  return { snap, documents, respondents };
}

describe('IndexedDB schema migration v1 → v2', () => {
  it('keeps every record and fills the new fields with their defaults', async () => {
    const name = uniqueName();
    const { snap, documents, respondents } = v1Records();
    // Document 2 is imported earlier than document 1, so the derived order must follow importedAt.
    documents[1] = { ...documents[1], importedAt: '2026-11-22T08:00:00.000Z' };
    const legacyWarnings = { ...documents[0], importWarnings: ['import.warning.noSpeakers'] };

    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('projects').add(snap.project);
    await v1.table('documents').bulkAdd([legacyWarnings, documents[1]]);
    await v1.table('respondents').bulkAdd(respondents);
    await v1.table('codes').bulkAdd(snap.codes);
    await v1.table('codings').bulkAdd(snap.codings);
    await v1.table('memos').bulkAdd(snap.memos);
    await v1.table('meta').add({ projectId: snap.project.id, lastOpenedAt: '2026-11-23T12:00:00.000Z' });
    expect(v1.verno).toBe(1);
    v1.close();

    const repo = createDexieRepository(name);
    const loaded = await repo.loadSnapshot(snap.project.id);
    expect(repo.db.verno).toBe(DB_VERSION);
    expect(loaded.codebookLog).toEqual([]);

    expect(loaded.project).toEqual(snap.project);
    expect(loaded.codes).toEqual(snap.codes);
    expect(loaded.codings).toEqual(snap.codings);
    expect(loaded.memos).toEqual(snap.memos);
    expect(loaded.respondents).toEqual(snap.respondents.map((r) => ({ ...r, attributes: {} })));
    // Sorted by the new order: document 2 (imported first) now comes first.
    expect(loaded.documents).toEqual([
      { ...documents[1], importWarnings: [], order: 0 },
      { ...documents[0], importWarnings: [{ key: 'import.warning.noSpeakers' }], order: 1 },
    ]);
    expect(loaded.documents[1].text).toBe(snap.documents[0].text);
    expect(loaded.documents[1].turns).toEqual(snap.documents[0].turns);

    const [summary] = await repo.listProjects();
    expect(summary).toEqual({ project: snap.project, documentCount: 2, lastOpenedAt: '2026-11-23T12:00:00.000Z' });

    // The new table and index work after the upgrade.
    const blobId = await repo.putMedia(new Blob(['RIFF…'], { type: 'audio/wav' }));
    const blob = await repo.getMedia(blobId);
    expect(blob?.type).toBe('audio/wav');
    expect(await blob?.text()).toBe('RIFF…');
    expect(await repo.db.documents.where('checksum').equals(snap.documents[1].checksum).count()).toBe(1);
    repo.close();
  });

  it('opens an empty v1 database', async () => {
    const name = uniqueName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    const repo = createDexieRepository(name);
    expect(await repo.listProjects()).toEqual([]);
    repo.close();
  });
});

describe('IndexedDB schema migration v2 → v3', () => {
  async function v2Database(name: string, project: Record<string, unknown>, codes: unknown[]) {
    const snap = sampleSnapshot();
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('projects').add(project);
    await v2.table('documents').bulkAdd(snap.documents);
    await v2.table('respondents').bulkAdd(snap.respondents);
    await v2.table('codes').bulkAdd(codes);
    await v2.table('codings').bulkAdd(snap.codings);
    await v2.table('memos').bulkAdd(snap.memos);
    await v2.table('history').add({ projectId: snap.project.id, stack: 'undo', set: { name: 'command.addCode', changes: [] } });
    expect(v2.verno).toBe(2);
    v2.close();
  }

  it('adds the codebookLog table, keeps every record and derives the predefined codebook origin', async () => {
    const name = uniqueName();
    const snap = sampleSnapshot();
    const { codebookOrigin: _o, ...project } = snap.project;
    const codes = snap.codes.map((c, i) => ({ ...c, sourceCodeId: i === 0 ? '000.axial.deskundigheid' : '000.open.01' }));
    await v2Database(name, project, codes);

    const repo = createDexieRepository(name);
    const loaded = await repo.loadSnapshot(snap.project.id);
    expect(repo.db.verno).toBe(DB_VERSION);
    expect(loaded.codebookLog).toEqual([]);
    expect(loaded.codes).toEqual(codes);
    expect(loaded.codings).toEqual(snap.codings);
    expect(loaded.documents).toEqual(snap.documents);
    expect(loaded.respondents).toEqual(snap.respondents);
    expect(loaded.memos).toEqual(snap.memos);
    expect(loaded.project.codebookOrigin).toMatchObject({ kind: 'predefined', codebookId: '000-renn4-inpandige-samenwerking' });
    expect((loaded.project.codebookOrigin as { citation: string }).citation.length).toBeGreaterThan(10);
    expect(await repo.history(snap.project.id)).toEqual({ undo: { name: 'command.addCode', params: undefined }, redo: null });

    // The new table works: a change set that writes a log entry is stored, loaded and undone.
    const entry = { ...snap.codebookLog[0] };
    await repo.apply(snap.project.id, { name: 'command.renameCode', changes: [{ table: 'codebookLog', id: entry.id, before: null, after: entry }] });
    expect((await repo.loadSnapshot(snap.project.id)).codebookLog).toEqual([entry]);
    expect(await repo.db.codebookLog.where('projectId').equals(snap.project.id).count()).toBe(1);
    await repo.undo(snap.project.id);
    expect((await repo.loadSnapshot(snap.project.id)).codebookLog).toEqual([]);
    repo.close();
  });

  it('leaves projects without predefined codes without an origin', async () => {
    const name = uniqueName();
    const snap = sampleSnapshot();
    const { codebookOrigin: _o, ...project } = snap.project;
    await v2Database(name, project, snap.codes);
    const repo = createDexieRepository(name);
    const loaded = await repo.loadSnapshot(snap.project.id);
    expect(loaded.project).toEqual(project);
    repo.close();
  });
});

describe('IndexedDB schema migration v3 → v4', () => {
  it('adds the relations and themes tables and keeps every record', async () => {
    const name = uniqueName();
    const snap = sampleSnapshot();
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3.table('projects').add(snap.project);
    await v3.table('documents').bulkAdd(snap.documents);
    await v3.table('respondents').bulkAdd(snap.respondents);
    await v3.table('codes').bulkAdd(snap.codes);
    await v3.table('codings').bulkAdd(snap.codings);
    await v3.table('memos').bulkAdd(snap.memos);
    await v3.table('codebookLog').bulkAdd(snap.codebookLog);
    await v3.table('history').add({ projectId: snap.project.id, stack: 'undo', set: { name: 'command.addCode', changes: [] } });
    expect(v3.verno).toBe(3);
    v3.close();

    const repo = createDexieRepository(name);
    const loaded = await repo.loadSnapshot(snap.project.id);
    expect(repo.db.verno).toBe(4);
    expect(DB_VERSION).toBe(4);
    expect(loaded).toEqual({ ...snap, relations: [], themes: [] });
    expect(await repo.history(snap.project.id)).toEqual({ undo: { name: 'command.addCode', params: undefined }, redo: null });

    // The new tables and indexes work: a change set with a relation and a theme is stored and undone.
    const [relation] = snap.relations;
    const [theme] = snap.themes;
    await repo.apply(snap.project.id, {
      name: 'command.addRelation',
      changes: [
        { table: 'relations', id: relation.id, before: null, after: relation },
        { table: 'themes', id: theme.id, before: null, after: theme },
      ],
    });
    const after = await repo.loadSnapshot(snap.project.id);
    expect(after.relations).toEqual([relation]);
    expect(after.themes).toEqual([theme]);
    expect(await repo.db.relations.where('fromCodeId').equals(relation.fromCodeId).count()).toBe(1);
    expect(await repo.db.relations.where('toCodeId').equals(relation.toCodeId).count()).toBe(1);
    await repo.undo(snap.project.id);
    const undone = await repo.loadSnapshot(snap.project.id);
    expect(undone.relations).toEqual([]);
    expect(undone.themes).toEqual([]);

    // Deleting the project removes the new tables' rows as well.
    await repo.redo(snap.project.id);
    await repo.deleteProject(snap.project.id);
    expect(await repo.db.relations.count()).toBe(0);
    expect(await repo.db.themes.count()).toBe(0);
    repo.close();
  });
});
