import { describe, expect, it } from 'vitest';
import { applyToSnapshot, invertChangeSet, type ChangeSet } from '../../../src/shared/model/changes';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import { CommandError } from '../../../src/shared/project/commands';
import {
  addMemo,
  applyCode,
  applyCodeToHits,
  applyCodeToTurn,
  checkRange,
  createCodeInVivo,
  deleteMemo,
  inVivoLabel,
  IN_VIVO_MAX,
  markDocumentDone,
  recodeCoding,
  removeCoding,
  resizeCoding,
  updateMemo,
} from '../../../src/shared/coding/commands';
import { searchProject } from '../../../src/shared/text/search';
import { catalogues } from '../../../src/shared/i18n';
import { C1, C2, D1, D2, K1, K2, M2, sampleSnapshot, testContext, TEXT_1 } from '../project/sample';

/** Tables sorted by id, so "same data" does not depend on where applyToSnapshot put a row back. */
function canon(s: ProjectSnapshot) {
  const byId = <T extends { id: string }>(xs: T[]) => xs.slice().sort((a, b) => a.id.localeCompare(b.id));
  return { ...s, documents: byId(s.documents), respondents: byId(s.respondents), codes: byId(s.codes), codings: byId(s.codings), memos: byId(s.memos), codebookLog: byId(s.codebookLog) };
}

function expectUndoable(before: ProjectSnapshot, set: ChangeSet): ProjectSnapshot {
  const after = applyToSnapshot(before, set);
  expect(canon(applyToSnapshot(after, invertChangeSet(set)))).toEqual(canon(before));
  expect(catalogues.nl[set.name]).toBeDefined();
  expect(catalogues.en[set.name]).toBeDefined();
  return after;
}

function errorKey(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof CommandError) return e.key;
    throw e;
  }
  return 'no error';
}

const ctx = () => ({ ...testContext('n'), coder: 'Tester' });
const range = (text: string, part: string) => {
  const start = text.indexOf(part);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + part.length };
};

describe('applyCode', () => {
  it('creates a coding with phase, coder and trimmed range, undoably', () => {
    const s = sampleSnapshot();
    const r = range(TEXT_1, ' de intern begeleider ');
    const { set, coding } = applyCode(s, { documentId: D1, codeId: C1, ...r }, ctx());
    expect(coding).toMatchObject({ documentId: D1, codeId: C1, start: r.start + 1, end: r.end - 1, coder: 'Tester', phase: 'open', createdAt: '2026-11-24T09:00:00.000Z' });
    expect(TEXT_1.slice(coding.start, coding.end)).toBe('de intern begeleider');
    expect(set.changes).toHaveLength(1);
    expect(set.changes.some((c) => c.table === 'codebookLog')).toBe(false);
    const after = expectUndoable(s, set);
    expect(after.codings).toHaveLength(3);
  });

  it('takes phase and valence from the context and the coder from the project settings', () => {
    const s = sampleSnapshot();
    const { coding } = applyCode(s, { documentId: D1, codeId: C1, start: 80, end: 90 }, { ...testContext(), phase: 'axial', valence: 'bevorderend' });
    expect(coding).toMatchObject({ phase: 'axial', valence: 'bevorderend', coder: 'Sanne de Vries' });
  });

  it('refuses exact duplicates but allows overlapping and nested codings', () => {
    const s = sampleSnapshot(); // K1: D1, C2, 80..110
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: C2, start: 80, end: 110 }, { ...ctx(), coder: 'Sanne de Vries' }))).toBe('coding.error.duplicate');
    // Duplicates are per coder: a second (blind) coder may code the same range with the same code.
    expect(() => applyCode(s, { documentId: D1, codeId: C2, start: 80, end: 110 }, ctx())).not.toThrow();
    expect(() => applyCode(s, { documentId: D1, codeId: C1, start: 80, end: 110 }, ctx())).not.toThrow();
    expect(() => applyCode(s, { documentId: D1, codeId: C2, start: 85, end: 100 }, ctx())).not.toThrow();
    expect(() => applyCode(s, { documentId: D1, codeId: C2, start: 70, end: 120 }, ctx())).not.toThrow();
  });

  it('validates the range', () => {
    const s = sampleSnapshot();
    const emoji = TEXT_1.indexOf('😅');
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: C1, start: 5, end: 5 }, ctx()))).toBe('coding.error.outOfRange');
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: C1, start: -1, end: 5 }, ctx()))).toBe('coding.error.outOfRange');
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: C1, start: 0, end: TEXT_1.length + 1 }, ctx()))).toBe('coding.error.outOfRange');
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: C1, start: 1.5, end: 5 }, ctx()))).toBe('coding.error.outOfRange');
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: C1, start: emoji + 1, end: emoji + 5 }, ctx()))).toBe('coding.error.splitsCharacter');
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: C1, start: emoji - 3, end: emoji + 1 }, ctx()))).toBe('coding.error.splitsCharacter');
    const nl = TEXT_1.indexOf('\n');
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: C1, start: nl, end: nl + 1 }, ctx()))).toBe('coding.error.emptyRange');
    expect(errorKey(() => applyCode(s, { documentId: 'nope', codeId: C1, start: 0, end: 1 }, ctx()))).toBe('project.error.notFound');
    expect(errorKey(() => applyCode(s, { documentId: D1, codeId: 'nope', start: 0, end: 1 }, ctx()))).toBe('project.error.notFound');
    expect(checkRange('  a\u00a0 ', 0, 5)).toEqual({ start: 2, end: 3 });
  });
});

describe('applyCodeToTurn and applyCodeToHits', () => {
  it('codes a whole turn', () => {
    const s = sampleSnapshot();
    const turn = s.documents[0].turns[1];
    const { set, coding } = applyCodeToTurn(s, D1, 1, C1, ctx());
    expect([coding.start, coding.end]).toEqual([turn.start, turn.end]);
    expect(set.params).toMatchObject({ speaker: 'R' });
    expectUndoable(s, set);
    expect(errorKey(() => applyCodeToTurn(s, D1, 9, C1, ctx()))).toBe('coding.error.noTurn');
  });

  it('auto-codes search hits in one set, skipping duplicates, and undoes in one step', () => {
    const s = sampleSnapshot();
    const res = searchProject(s, 'de');
    if (!res.ok) throw new Error('search failed');
    const hits = [...res.hits, res.hits[0], { documentId: D1, start: 80, end: 110 }];
    const s1 = applyToSnapshot(s, applyCode(s, { documentId: D1, codeId: C1, start: 80, end: 110 }, testContext('first')).set);
    const { set, count, skipped } = applyCodeToHits(s1, hits, C1, ctx());
    expect(count).toBe(res.hits.length);
    expect(skipped).toBe(2);
    expect(set.changes).toHaveLength(count);
    expect(set.params).toMatchObject({ count });
    const after = expectUndoable(s1, set);
    expect(after.codings.filter((c) => c.codeId === C1)).toHaveLength(count + 2);
    // Second run: everything is a duplicate now.
    expect(applyCodeToHits(after, res.hits, C1, ctx()).count).toBe(0);
  });
});

describe('resize, remove, recode', () => {
  it('resizes (widen and narrow) and refuses to create a duplicate', () => {
    const s = sampleSnapshot();
    const set = resizeCoding(s, K1, { start: 70, end: 120 }, ctx()); // ends in a space: trimmed to 119
    const after = expectUndoable(s, set);
    expect(after.codings.find((c) => c.id === K1)).toMatchObject({ start: 70, end: 119, updatedAt: '2026-11-24T09:00:00.000Z' });
    expectUndoable(s, resizeCoding(s, K1, { start: 85, end: 100 }, ctx()));
    expect(resizeCoding(s, K1, { start: 80, end: 110 }, ctx()).changes).toEqual([]);
    const s2 = applyToSnapshot(s, applyCode(s, { documentId: D1, codeId: C2, start: 90, end: 100 }, ctx()).set);
    expect(errorKey(() => resizeCoding(s2, K1, { start: 90, end: 100 }, ctx()))).toBe('coding.error.duplicate');
  });

  it('removes a coding together with its memos in one set', () => {
    const s = sampleSnapshot();
    const set = removeCoding(s, K1, ctx());
    // K1 is also the sample theme's key quote: the theme drops it in the same set.
    expect(set.changes.map((c) => `${c.table}:${c.id}`)).toEqual([`memos:${M2}`, `themes:${s.themes[0].id}`, `codings:${K1}`]);
    const after = expectUndoable(s, set);
    expect(after.memos.find((m) => m.id === M2)).toBeUndefined();
    expect(after.themes[0].keyQuoteIds).toEqual([]);
  });

  it('recodes a coding to another code', () => {
    const s = sampleSnapshot();
    const set = recodeCoding(s, K1, C1, ctx());
    expect(set.params).toEqual({ code: 'Coördinatie', target: 'Samenwerking' });
    const after = expectUndoable(s, set);
    expect(after.codings.find((c) => c.id === K1)?.codeId).toBe(C1);
    expect(recodeCoding(s, K1, C2, ctx()).changes).toEqual([]);
    const s2 = applyToSnapshot(s, applyCode(s, { documentId: D1, codeId: C1, start: 80, end: 110 }, ctx()).set);
    expect(errorKey(() => recodeCoding(s2, K1, C1, ctx()))).toBe('coding.error.duplicate');
  });
});

describe('in-vivo codes', () => {
  it('labels: trims, collapses whitespace, drops edge punctuation, keeps apostrophes', () => {
    expect(inVivoLabel('  "Eerlijk   gezegd…\n de coördinatie is lastig."  ')).toBe('Eerlijk gezegd… de coördinatie is lastig');
    expect(inVivoLabel("'s middags, zo'n gesprek!")).toBe("'s middags, zo'n gesprek");
    expect(inVivoLabel('(leerkracht-ouder)')).toBe('leerkracht-ouder');
  });

  it('labels: cuts long selections at a word boundary with an ellipsis, within 60 code points', () => {
    const long = 'Bij de overdracht naar het voortgezet onderwijs ging het mis, want niemand wist wie verantwoordelijk was';
    const label = inVivoLabel(long);
    expect(label).toBe('Bij de overdracht naar het voortgezet onderwijs ging het…');
    expect(Array.from(label).length).toBeLessThanOrEqual(IN_VIVO_MAX);
    const word = 'a'.repeat(58) + 'e\u0301' + 'b'.repeat(10);
    const cut = inVivoLabel(word);
    expect(cut.endsWith('…')).toBe(true);
    expect(Array.from(cut).length).toBeLessThanOrEqual(IN_VIVO_MAX);
    expect(cut).not.toMatch(/e…$/); // the accent is not separated from its e
    const emoji = '🎓'.repeat(70);
    expect(Array.from(inVivoLabel(emoji))).toHaveLength(IN_VIVO_MAX);
    expect(inVivoLabel('x'.repeat(60))).toBe('x'.repeat(60));
  });

  it('creates the code and the coding (and a codebook log line) in one undoable set', () => {
    const s = sampleSnapshot();
    const r = range(TEXT_1, ' de coördinatie is lastig');
    const { set, code, coding } = createCodeInVivo(s, { documentId: D1, ...r, parentId: C1 }, ctx());
    expect(code).toMatchObject({ label: 'de coördinatie is lastig', parentId: C1, color: '#3366ff', description: '', order: 2, projectId: s.project.id });
    expect(coding).toMatchObject({ codeId: code.id, start: r.start + 1, end: r.end, phase: 'open' });
    expect(set.changes.map((c) => c.table)).toEqual(['codes', 'codings', 'codebookLog']);
    const log = set.changes[2].after as { action: string; params: Record<string, string> };
    expect(log).toMatchObject({ action: 'command.addCode', params: { label: 'de coördinatie is lastig', target: 'Samenwerking' }, coder: 'Tester' });
    const after = expectUndoable(s, set);
    expect(errorKey(() => createCodeInVivo(after, { documentId: D1, ...r, parentId: C1 }, ctx()))).toBe('coding.error.inVivoExists');
    const top = createCodeInVivo(s, { documentId: D1, ...r }, ctx()).code;
    expect(top).toMatchObject({ parentId: null, order: 1 });
    const dots = range(TEXT_1, '… ');
    expect(errorKey(() => createCodeInVivo(s, { documentId: D1, ...dots }, ctx()))).toBe('coding.error.emptyLabel');
  });
});

describe('memos and done', () => {
  it('adds, updates and deletes memos with prompts', () => {
    const s = sampleSnapshot();
    const { set, memo } = addMemo(s, { target: { kind: 'coding', id: K2 }, title: ' Waarom? ', text: 'Omdat…', prompts: { why: 'Omdat', who: ' ' } }, ctx());
    expect(memo).toMatchObject({ title: 'Waarom?', author: 'Tester', prompts: { why: 'Omdat' }, target: { kind: 'coding', id: K2 } });
    const s1 = expectUndoable(s, set);
    const upd = updateMemo(s1, memo.id, { text: 'Nieuw', prompts: {} }, { ...ctx(), now: '2026-12-01T00:00:00.000Z' });
    const s2 = expectUndoable(s1, upd);
    const m2 = s2.memos.find((m) => m.id === memo.id)!;
    expect(m2).toMatchObject({ text: 'Nieuw', updatedAt: '2026-12-01T00:00:00.000Z' });
    expect('prompts' in m2).toBe(false);
    expect(updateMemo(s2, memo.id, { text: 'Nieuw' }, ctx()).changes).toEqual([]);
    expectUndoable(s2, deleteMemo(s2, memo.id, ctx()));
    expect(errorKey(() => addMemo(s, { target: { kind: 'code', id: 'x' }, title: '', text: '' }, ctx()))).toBe('project.error.notFound');
  });

  it('marks a document done and not done', () => {
    const s = sampleSnapshot();
    const set = markDocumentDone(s, D2, true, ctx());
    const s1 = expectUndoable(s, set);
    expect(s1.documents.find((d) => d.id === D2)?.codingDone).toEqual({ doneAt: '2026-11-24T09:00:00.000Z', by: 'Tester' });
    expect(markDocumentDone(s1, D2, true, ctx()).changes).toEqual([]);
    const back = markDocumentDone(s1, D2, false, ctx());
    expect(back.name).toBe('command.markDocumentNotDone');
    const s2 = expectUndoable(s1, back);
    expect('codingDone' in s2.documents.find((d) => d.id === D2)!).toBe(false);
  });
});

describe('long transcripts', () => {
  // Timing lives in `npm run bench`; this checks the result with many codings present.
  it('applies codes on a 30,000-word transcript with 1,000 codings', () => {
    const s = sampleSnapshot();
    const text = 'woord '.repeat(30_000);
    const big = { ...s.documents[0], id: 'big', text, turns: [{ speaker: 'R', start: 0, end: text.length }] };
    const codings = Array.from({ length: 1000 }, (_, i) => ({ ...s.codings[0], id: `k${i}`, documentId: 'big', start: i * 100, end: i * 100 + 50 }));
    const snap = { ...s, documents: [...s.documents, big], codings: [...s.codings, ...codings] };
    let next = snap;
    const context = ctx();
    for (let i = 0; i < 10; i++) next = applyToSnapshot(next, applyCode(next, { documentId: 'big', codeId: C1, start: i * 6, end: i * 6 + 5 }, context).set);
    const added = next.codings.filter((c) => c.documentId === 'big' && c.codeId === C1);
    expect(added).toHaveLength(10);
    expect(added.map((c) => text.slice(c.start, c.end))).toEqual(Array(10).fill('woord'));
  });
});
