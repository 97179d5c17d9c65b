import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { translate } from '../../../src/shared/i18n';
import {
  CURRENT_FORMAT_VERSION,
  migrateProjectFile,
  parseProjectFile,
  serializeProject,
} from '../../../src/shared/project/file-format';
import { C1, C2, D1, R1, sampleSnapshot } from './sample';

const FILE = 'Mijn project – ronde 2.werkbank';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function fileJson(): Json {
  return JSON.parse(new TextDecoder().decode(serializeProject(sampleSnapshot(), { appVersion: '1.2.3', savedAt: '2026-11-24T12:00:00.000Z' })));
}
const bytesOf = (json: unknown) => new TextEncoder().encode(JSON.stringify(json));

function expectError(bytes: Uint8Array, key: string, path?: string) {
  const result = parseProjectFile(FILE, bytes);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.key).toBe(`project.file.error.${key}`);
  expect(result.error.params?.file).toBe(FILE);
  const nl = translate('nl', result.error.key, result.error.params);
  const en = translate('en', result.error.key, result.error.params);
  expect(nl).toContain(FILE);
  expect(nl).not.toMatch(/\{\w+\}/);
  expect(en).not.toMatch(/\{\w+\}/);
  if (path) {
    expect(result.error.params?.path).toBe(path);
    expect(nl).toContain(path);
    expect(en).toContain(path);
  }
  return nl;
}

function broken(mutate: (j: Json) => void): Uint8Array {
  const j = fileJson();
  mutate(j);
  return bytesOf(j);
}

describe('.werkbank round trip', () => {
  it('serialises and parses back to an equal snapshot (emoji, combining accents, diacritics)', () => {
    const snap = sampleSnapshot();
    const bytes = serializeProject(snap, { appVersion: '1.2.3', savedAt: '2026-11-24T12:00:00.000Z' });
    const result = parseProjectFile(FILE, bytes);
    expect(result).toEqual({ ok: true, snapshot: snap, formatVersion: 1 });
    if (!result.ok) return;
    // Offsets are UTF-16 code units and survive unchanged.
    const doc = result.snapshot.documents[0];
    expect(doc.text).toContain('👩‍🏫');
    expect(doc.text).toContain('e\u0301e\u0301n');
    expect(doc.text.slice(doc.turns[3].start, doc.turns[3].end)).toBe(snap.documents[0].text.slice(snap.documents[0].turns[3].start, snap.documents[0].turns[3].end));
  });

  it('keeps a document\'s "done" mark and a memo\'s 5W+1H answers', () => {
    const snap = sampleSnapshot();
    snap.documents[0] = { ...snap.documents[0], codingDone: { doneAt: '2026-11-24T12:00:00.000Z', by: 'Sanne' } };
    snap.memos[0] = { ...snap.memos[0], prompts: { why: 'Omdat het telt', how: 'Via overleg' } };
    const result = parseProjectFile(FILE, serializeProject(snap));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.snapshot.documents[0].codingDone).toEqual({ doneAt: '2026-11-24T12:00:00.000Z', by: 'Sanne' });
    expect(result.snapshot.memos[0].prompts).toEqual({ why: 'Omdat het telt', how: 'Via overleg' });
  });

  it('refuses an unknown 5W+1H question with its JSON path', () => {
    const result = parseProjectFile(FILE, broken((j) => ((j.memos as Record<string, unknown>[])[0].prompts = { waarom: "x" })));
    expect(result).toMatchObject({ ok: false, error: { key: 'project.file.error.badValue', params: { path: 'memos[0].prompts.waarom' } } });
  });

  it('writes a documented, readable envelope', () => {
    const j = fileJson();
    expect(Object.keys(j)).toEqual(['format', 'formatVersion', 'savedAt', 'app', 'project', 'documents', 'respondents', 'codes', 'codings', 'memos', 'codebookLog', 'relations', 'themes']);
    expect(j).toMatchObject({ format: 'werkbank-project', formatVersion: CURRENT_FORMAT_VERSION, savedAt: '2026-11-24T12:00:00.000Z', app: { name: 'Werkbank', version: '1.2.3' } });
    const text = new TextDecoder().decode(serializeProject(sampleSnapshot()));
    expect(text).toContain('"Coördinatie"'); // plain UTF-8, not \u escapes
    expect(text.endsWith('\n')).toBe(true);
  });

  it('also reads gzip-compressed files and a UTF-8 BOM', () => {
    const plain = serializeProject(sampleSnapshot());
    expect(parseProjectFile(FILE, gzipSync(plain)).ok).toBe(true);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(parseProjectFile(FILE, bom).ok).toBe(true);
  });

  it('ignores unknown extra fields and drops them', () => {
    const result = parseProjectFile(FILE, broken((j) => { j.extra = 1; j.documents[0].future = 'x'; }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.snapshot.documents[0]).not.toHaveProperty('future');
  });

  it('migrates through the hook (no steps yet for v1)', () => {
    const j = fileJson();
    expect(migrateProjectFile(j, 1)).toBe(j);
  });
});

describe('.werkbank validation', () => {
  it('rejects empty, non-UTF-8, non-JSON and foreign files', () => {
    expectError(new Uint8Array(), 'empty');
    expectError(new TextEncoder().encode('   \n'), 'empty');
    expectError(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'notUtf8');
    expect(expectError(new TextEncoder().encode('{"format": "werkbank-project",'), 'notJson')).toContain(FILE);
    expectError(new Uint8Array([0x1f, 0x8b, 1, 2, 3]), 'gzipCorrupt');
    expectError(bytesOf({ format: 'refi-qda' }), 'notWerkbank');
    expectError(bytesOf([1, 2]), 'notWerkbank');
    expectError(broken((j) => { j.formatVersion = '1'; }), 'badVersion', 'formatVersion');
    expectError(broken((j) => { j.formatVersion = 0; }), 'badVersion', 'formatVersion');
  });

  it('says a newer Werkbank made the file', () => {
    const nl = expectError(broken((j) => { j.formatVersion = CURRENT_FORMAT_VERSION + 1; }), 'newerVersion');
    expect(nl).toContain('nieuwere Werkbank');
    const r = parseProjectFile(FILE, broken((j) => { j.formatVersion = 7; }));
    expect(!r.ok && translate('en', r.error.key, r.error.params)).toContain('made with a newer Werkbank');
  });

  it('names missing and wrongly typed fields with their JSON path', () => {
    expectError(broken((j) => { delete j.project; }), 'missingField', 'project');
    expectError(broken((j) => { delete j.project.settings.language; }), 'missingField', 'project.settings.language');
    expectError(broken((j) => { j.project.settings.language = 'de'; }), 'badValue', 'project.settings.language');
    expectError(broken((j) => { j.documents = {}; }), 'wrongType', 'documents');
    expectError(broken((j) => { delete j.memos; }), 'missingField', 'memos');
    expectError(broken((j) => { j.documents[1].turns[0].start = '12'; }), 'wrongType', 'documents[1].turns[0].start');
    expectError(broken((j) => { j.documents[0].turns[2].end = 1.5; }), 'wrongType', 'documents[0].turns[2].end');
    expectError(broken((j) => { j.documents[0].turns[2].start = -1; }), 'negativeNumber', 'documents[0].turns[2].start');
    expectError(broken((j) => { delete j.documents[1].text; }), 'missingField', 'documents[1].text');
    expectError(broken((j) => { j.documents[0].format = 'pdf'; }), 'badValue', 'documents[0].format');
    expectError(broken((j) => { j.documents[0].speakers[1].role = { kind: 'respondent' }; }), 'missingField', 'documents[0].speakers[1].role.respondentId');
    expectError(broken((j) => { j.documents[0].importWarnings = ['oud']; }), 'wrongType', 'documents[0].importWarnings[0]');
    expectError(broken((j) => { j.documents[0].media.byteLength = null; }), 'wrongType', 'documents[0].media.byteLength');
    expectError(broken((j) => { j.respondents[0].attributes.ronde = 1; }), 'wrongType', 'respondents[0].attributes.ronde');
    expectError(broken((j) => { j.codes[0].parentId = 5; }), 'wrongType', 'codes[0].parentId');
    expectError(broken((j) => { j.codings[0].phase = 'closed'; }), 'badValue', 'codings[0].phase');
    expectError(broken((j) => { j.codings[1].valence = 'positief'; }), 'badValue', 'codings[1].valence');
    expectError(broken((j) => { j.memos[1].target = { kind: 'respondent', id: R1 }; }), 'badValue', 'memos[1].target.kind');
    expectError(broken((j) => { j.documents[0].id = ''; }), 'emptyValue', 'documents[0].id');
    expectError(broken((j) => { j.documents[0].speakers[1].label = 'Interviewer'; }), 'duplicateLabel', 'documents[0].speakers[1].label');
  });

  it('reads codebookLog as optional and validates it and codebookOrigin', () => {
    const legacy = parseProjectFile(FILE, broken((j) => { delete j.codebookLog; delete j.project.codebookOrigin; }));
    expect(legacy.ok).toBe(true);
    if (legacy.ok) {
      expect(legacy.snapshot.codebookLog).toEqual([]);
      expect('codebookOrigin' in legacy.snapshot.project).toBe(false);
    }
    for (const origin of [{ kind: 'empty' }, { kind: 'qdc', fileName: 'x.qdc', origin: 'MAXQDA' }, { kind: 'project', projectName: 'Ander' }]) {
      const r = parseProjectFile(FILE, broken((j) => { j.project.codebookOrigin = origin; }));
      expect(r.ok && r.snapshot.project.codebookOrigin).toEqual(origin);
    }
    expectError(broken((j) => { j.codebookLog = {}; }), 'wrongType', 'codebookLog');
    expectError(broken((j) => { j.codebookLog[0].id = ''; }), 'emptyValue', 'codebookLog[0].id');
    expectError(broken((j) => { j.codebookLog[0].projectId = 'other'; }), 'wrongProject', 'codebookLog[0].projectId');
    expectError(broken((j) => { j.codebookLog.push({ ...j.codebookLog[0] }); }), 'duplicateId', 'codebookLog[1].id');
    expectError(broken((j) => { j.codebookLog[0].params.label = true; }), 'wrongType', 'codebookLog[0].params.label');
    expectError(broken((j) => { j.project.codebookOrigin = { kind: 'zip' }; }), 'badValue', 'project.codebookOrigin.kind');
    expectError(broken((j) => { delete j.project.codebookOrigin.citation; }), 'missingField', 'project.codebookOrigin.citation');
    expectError(broken((j) => { j.project.codebookOrigin = 'renn4'; }), 'wrongType', 'project.codebookOrigin');
    expectError(broken((j) => { j.codes[0].pairId = 'ghost'; }), 'danglingCode', 'codes[0].pairId');
  });

  it('reads relations, themes, phases and storyline as optional and validates them', () => {
    const legacy = parseProjectFile(FILE, broken((j) => { delete j.relations; delete j.themes; delete j.project.phases; delete j.project.storyline; }));
    expect(legacy.ok).toBe(true);
    if (legacy.ok) {
      expect(legacy.snapshot.relations).toEqual([]);
      expect(legacy.snapshot.themes).toEqual([]);
      expect('phases' in legacy.snapshot.project).toBe(false);
      expect('storyline' in legacy.snapshot.project).toBe(false);
    }
    const full = parseProjectFile(FILE, serializeProject(sampleSnapshot()));
    expect(full.ok && full.snapshot).toEqual(sampleSnapshot());
    expectError(broken((j) => { j.relations = {}; }), 'wrongType', 'relations');
    expectError(broken((j) => { j.relations[0].type = 'loves'; }), 'badValue', 'relations[0].type');
    expectError(broken((j) => { j.relations[0].fromCodeId = 'ghost'; }), 'danglingCode', 'relations[0].fromCodeId');
    expectError(broken((j) => { j.relations[0].toCodeId = 'ghost'; }), 'danglingCode', 'relations[0].toCodeId');
    expectError(broken((j) => { j.relations.push({ ...j.relations[0] }); }), 'duplicateId', 'relations[1].id');
    expectError(broken((j) => { j.themes[0].projectId = 'other'; }), 'wrongProject', 'themes[0].projectId');
    expectError(broken((j) => { j.themes[0].categoryIds = ['ghost']; }), 'danglingCode', 'themes[0].categoryIds[0]');
    expectError(broken((j) => { j.themes[0].keyQuoteIds = [C1]; }), 'danglingCoding', 'themes[0].keyQuoteIds[0]');
    expectError(broken((j) => { j.themes[0].keyQuoteIds = [3]; }), 'wrongType', 'themes[0].keyQuoteIds[0]');
    expectError(broken((j) => { delete j.themes[0].layer; }), 'missingField', 'themes[0].layer');
    expectError(broken((j) => { j.project.phases = { vierde: { doneAt: 'x', by: 'y' } }; }), 'badValue', 'project.phases.vierde');
    expectError(broken((j) => { j.project.phases.open = { doneAt: 1, by: 'y' }; }), 'wrongType', 'project.phases.open.doneAt');
    expectError(broken((j) => { j.project.storyline = 5; }), 'wrongType', 'project.storyline');
    expectError(broken((j) => { j.project.layers = 'wijk'; }), 'wrongType', 'project.layers');
    expectError(broken((j) => { j.project.layers = ['wijk', 3]; }), 'wrongType', 'project.layers[1]');
    expectError(broken((j) => { j.project.layers = ['wijk', '  ']; }), 'emptyValue', 'project.layers[1]');
  });

  it('keeps the layers a user added to the selective board, also while empty', () => {
    const s = sampleSnapshot();
    s.project = { ...s.project, layers: ['Samenwerking in de wijk', 'Ouders'] };
    const back = parseProjectFile(FILE, serializeProject(s));
    expect(back.ok && back.snapshot.project.layers).toEqual(['Samenwerking in de wijk', 'Ouders']);
  });

  it('rejects duplicate ids and records of another project', () => {
    const nl = expectError(broken((j) => { j.codes[1].id = C1; j.codings[1].codeId = C1; }), 'duplicateId', 'codes[1].id');
    expect(nl).toContain('codes[0].id');
    expectError(broken((j) => { j.documents[1].id = D1; }), 'duplicateId', 'documents[1].id');
    expectError(broken((j) => { j.respondents[1].projectId = 'other'; }), 'wrongProject', 'respondents[1].projectId');
  });

  it('rejects dangling references', () => {
    expectError(broken((j) => { j.codings[0].documentId = 'ghost'; }), 'danglingDocument', 'codings[0].documentId');
    expectError(broken((j) => { j.codings[1].codeId = 'ghost'; }), 'danglingCode', 'codings[1].codeId');
    expectError(broken((j) => { j.codes[1].parentId = 'ghost'; }), 'danglingCode', 'codes[1].parentId');
    expectError(broken((j) => { j.documents[0].speakers[1].role.respondentId = 'ghost'; }), 'danglingRespondent', 'documents[0].speakers[1].role.respondentId');
    expectError(broken((j) => { j.memos[1].target.id = 'ghost'; }), 'danglingCoding', 'memos[1].target.id');
    expectError(broken((j) => { j.memos[0].target = { kind: 'document', id: 'ghost' }; }), 'danglingDocument', 'memos[0].target.id');
  });

  it('rejects a cycle in the code tree', () => {
    const nl = expectError(broken((j) => { j.codes[0].parentId = C2; }), 'codeCycle', 'codes[0].parentId');
    expect(nl).toContain('Samenwerking → Coördinatie → Samenwerking');
    expectError(broken((j) => { j.codes[0].parentId = C1; }), 'codeCycle', 'codes[0].parentId');
  });

  it('rejects offsets outside the text and start after end', () => {
    const len = sampleSnapshot().documents[0].text.length;
    const nl = expectError(broken((j) => { j.codings[0].end = len + 1; }), 'offsetOutOfRange', 'codings[0].end');
    expect(nl).toContain(`${len}`);
    expectError(broken((j) => { j.codings[0].start = 120; j.codings[0].end = 100; }), 'startAfterEnd', 'codings[0].start');
    expectError(broken((j) => { j.documents[1].turns[1].end = 10_000; }), 'offsetOutOfRange', 'documents[1].turns[1].end');
    expectError(broken((j) => { j.documents[0].turns[0].start = 50; j.documents[0].turns[0].end = 40; }), 'startAfterEnd', 'documents[0].turns[0].start');
    // A coding ending exactly at the end of the text is fine.
    expect(parseProjectFile(FILE, broken((j) => { j.codings[0].end = len; })).ok).toBe(true);
  });
});
