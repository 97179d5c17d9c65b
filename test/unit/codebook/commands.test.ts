import { describe, expect, it } from 'vitest';
import { applyToSnapshot, invertChangeSet, type ChangeSet } from '../../../src/shared/model/changes';
import type { Code, ProjectSnapshot } from '../../../src/shared/model/types';
import {
  addCode,
  applyCodebook,
  codeSearch,
  codingCounts,
  codingImpact,
  deleteCode,
  mergeCodes,
  moveCode,
  predefinedCodebookCodes,
  projectCodebookCodes,
  updateCode,
} from '../../../src/shared/codebook/commands';
import { CommandError } from '../../../src/shared/project/commands';
import { translate } from '../../../src/shared/i18n';
import { C1, C2, D1, D2, K1, K2, M2, P, sampleSnapshot, testContext } from '../project/sample';

const T = '2026-11-23T10:00:00.000Z';
const code = (id: string, parentId: string | null, label: string, order: number): Code => ({
  id, projectId: P, parentId, label, color: '#112233', description: '', order, createdAt: T, updatedAt: T,
});

/** Sample plus a third top-level code C3 and two children of C2 (C2a, C2b). */
function snap(): ProjectSnapshot {
  const s = sampleSnapshot();
  s.codes = [
    { ...s.codes[0], order: 0 },
    { ...s.codes[1], order: 0 },
    code('C3', null, 'Ouders', 1),
    code('C2a', C2, 'Overleg', 0),
    code('C2b', C2, 'Overdracht', 1),
  ];
  return s;
}

function expectUndo(before: ProjectSnapshot, set: ChangeSet): ProjectSnapshot {
  const after = applyToSnapshot(before, set);
  const undone = applyToSnapshot(after, invertChangeSet(set));
  const sortAll = (s: ProjectSnapshot) => ({
    ...s,
    codes: [...s.codes].sort((a, b) => a.id.localeCompare(b.id)),
    codings: [...s.codings].sort((a, b) => a.id.localeCompare(b.id)),
    memos: [...s.memos].sort((a, b) => a.id.localeCompare(b.id)),
    codebookLog: [...s.codebookLog].sort((a, b) => a.id.localeCompare(b.id)),
  });
  expect(sortAll(undone)).toEqual(sortAll(before));
  return after;
}

function expectOrdersNormalised(s: ProjectSnapshot) {
  const groups = new Map<string | null, number[]>();
  for (const c of s.codes) groups.set(c.parentId, [...(groups.get(c.parentId) ?? []), c.order]);
  for (const orders of groups.values()) expect(orders.sort((a, b) => a - b)).toEqual(orders.map((_, i) => i));
}

function expectLog(s: ProjectSnapshot, set: ChangeSet, action: string) {
  const logs = set.changes.filter((c) => c.table === 'codebookLog');
  expect(logs).toHaveLength(1);
  expect(logs[0].after).toMatchObject({ action, projectId: P, coder: 'Sanne de Vries', at: '2026-11-24T09:00:00.000Z', params: set.params });
  expect(set.name).toBe(action);
  expect(translate('nl', set.name, set.params)).not.toMatch(/\{\w+\}/);
  expect(translate('en', set.name, set.params)).not.toMatch(/\{\w+\}/);
  expect(s.codebookLog.length).toBeGreaterThan(0);
}

describe('addCode', () => {
  it('adds as last sibling, inherits the parent colour, logs, and undoes', () => {
    const s = snap();
    const { set, code: c } = addCode(s, { label: '  Rolverdeling ', parentId: C2 }, testContext());
    expect(c).toMatchObject({ label: 'Rolverdeling', parentId: C2, order: 2, color: '#ff6633', description: '' });
    const after = expectUndo(s, set);
    expectLog(after, set, 'command.addCode');
    expect(set.params).toEqual({ label: 'Rolverdeling', target: 'Coördinatie' });
    expectOrdersNormalised(after);
    const top = addCode(s, { label: 'Nieuw', color: '#000000', level: 'axial' }, { ...testContext(), coder: 'Piet' });
    expect(top.code).toMatchObject({ parentId: null, order: 2, color: '#000000', level: 'axial' });
    expect(top.set.changes.find((x) => x.table === 'codebookLog')?.after).toMatchObject({ coder: 'Piet' });
  });

  it('refuses empty and duplicate labels', () => {
    const s = snap();
    expect(() => addCode(s, { label: '  ' })).toThrow(CommandError);
    try {
      addCode(s, { label: ' overleg ', parentId: C2 });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ key: 'codebook.error.duplicateLabel', params: { label: 'overleg' } });
    }
    try {
      addCode(s, { label: '' });
    } catch (e) {
      expect((e as CommandError).key).toBe('codebook.error.codeLabelEmpty');
      expect(translate('nl', (e as CommandError).key)).toBe('Een code heeft een naam nodig.');
    }
    // The same label under another parent is fine.
    expect(addCode(s, { label: 'Overleg' }).code.parentId).toBeNull();
  });
});

describe('updateCode', () => {
  it('names the change by what changed, and a no-op is empty', () => {
    const s = snap();
    const rename = updateCode(s, C2, { label: 'Coördinatie 2' }, testContext());
    expect(rename.name).toBe('command.renameCode');
    expectLog(expectUndo(s, rename), rename, 'command.renameCode');
    const recolor = updateCode(s, C2, { color: '#000000' }, testContext());
    expect(recolor.name).toBe('command.recolorCode');
    expectUndo(s, recolor);
    const edit = updateCode(s, C2, { label: 'X', inclusion: 'Wel: overleg', exclusion: 'Niet: roosters', example: '"we overleggen"', valence: 'bevorderend' }, testContext());
    expect(edit.name).toBe('command.editCode');
    const after = expectUndo(s, edit);
    expect(after.codes.find((c) => c.id === C2)).toMatchObject({ label: 'X', inclusion: 'Wel: overleg', valence: 'bevorderend', updatedAt: '2026-11-24T09:00:00.000Z' });
    const noop = updateCode(s, C2, { label: 'Coördinatie', color: '#ff6633' }, testContext());
    expect(noop.changes).toEqual([]);
    expect(() => updateCode(s, 'C2a', { label: 'overdracht' })).toThrow(/duplicateLabel/);
    expect(() => updateCode(s, 'C2a', { label: ' ' })).toThrow(/codeLabelEmpty/);
  });
});

describe('moveCode', () => {
  it('reorders within a parent and across parents, keeping orders 0..n-1', () => {
    const s = snap();
    const within = moveCode(s, 'C2b', C2, 0, testContext());
    const a = expectUndo(s, within);
    expect(a.codes.filter((c) => c.parentId === C2).sort((x, y) => x.order - y.order).map((c) => c.id)).toEqual(['C2b', 'C2a']);
    expectLog(a, within, 'command.moveCode');

    const across = moveCode(s, 'C2a', null, 1, testContext());
    const b = expectUndo(s, across);
    expectOrdersNormalised(b);
    expect(b.codes.filter((c) => c.parentId === null).sort((x, y) => x.order - y.order).map((c) => c.id)).toEqual([C1, 'C2a', 'C3']);
    expect(b.codes.find((c) => c.id === 'C2b')?.order).toBe(0);
    // Index beyond the end appends.
    expect(applyToSnapshot(s, moveCode(s, C1, 'C3', 99, testContext())).codes.find((c) => c.id === C1)).toMatchObject({ parentId: 'C3', order: 0 });
  });

  it('refuses a move into itself or a descendant', () => {
    const s = snap();
    expect(() => moveCode(s, C1, C1, 0)).toThrow(/moveIntoDescendant/);
    expect(() => moveCode(s, C1, 'C2a', 0)).toThrow(/moveIntoDescendant/);
  });
});

describe('mergeCodes', () => {
  it('moves codings, children and memos to the target, dedupes codings and undoes exactly', () => {
    const s = snap();
    // K3 duplicates K1 (same document and range) but is coded with C1; K4 is unique to C2.
    s.codings.push({ ...s.codings[0], id: 'K3', codeId: C1 }, { ...s.codings[0], id: 'K4', start: 0, end: 5 });
    s.memos.push({ id: 'M3', projectId: P, target: { kind: 'code', id: C2 }, title: 'Over coördinatie', text: '', author: 'S', createdAt: T, updatedAt: T });
    const set = mergeCodes(s, C2, 'C3', testContext());
    expect(set.params).toEqual({ label: 'Coördinatie', target: 'Ouders' });
    const after = expectUndo(s, set);
    expectLog(after, set, 'command.mergeCodes');
    expect(after.codes.some((c) => c.id === C2)).toBe(false);
    expect(after.codings.filter((c) => c.codeId === 'C3').map((c) => c.id).sort()).toEqual([K1, 'K4'].sort());
    expect(after.codes.filter((c) => c.parentId === 'C3').map((c) => [c.id, c.order])).toEqual([['C2a', 0], ['C2b', 1]]);
    expect(after.memos.find((m) => m.id === 'M3')?.target).toEqual({ kind: 'code', id: 'C3' });
    expectOrdersNormalised(after);

    // Dedupe: merging C2 into C1 deletes K1 (K3 on C1 covers the same text); its memo M2 moves to K3.
    const dedupe = mergeCodes(s, C2, C1, testContext());
    const d = expectUndo(s, dedupe);
    expect(d.codings.map((c) => c.id).sort()).toEqual([K2, 'K3', 'K4'].sort());
    expect(d.memos.find((m) => m.id === M2)?.target).toEqual({ kind: 'coding', id: 'K3' });
    expect(() => mergeCodes(s, C1, 'C2a')).toThrow(/moveIntoDescendant/);
    expect(() => mergeCodes(s, C1, C1)).toThrow(/moveIntoDescendant/);
  });
});

describe('deleteCode', () => {
  it('moves children up in place, deletes the codings in the same set and undoes them', () => {
    const s = snap();
    expect(codingImpact(s, C2)).toEqual({ codings: 1, documents: 1, children: 2 });
    const set = deleteCode(s, C2, testContext());
    const after = expectUndo(s, set);
    expectLog(after, set, 'command.deleteCode');
    expect(after.codings.map((c) => c.id)).toEqual([K2]);
    // Memo M2 was on the deleted coding K1: it goes too (and comes back on undo).
    expect(after.memos.some((m) => m.id === M2)).toBe(false);
    expect(after.codes.filter((c) => c.parentId === C1).sort((a, b) => a.order - b.order).map((c) => c.id)).toEqual(['C2a', 'C2b']);
    expectOrdersNormalised(after);
    // No coding points at a missing code.
    const ids = new Set(after.codes.map((c) => c.id));
    expect(after.codings.every((c) => ids.has(c.codeId))).toBe(true);
  });
});

describe('applyCodebook', () => {
  it('adds the 43 codes of codebook 000 with fresh ids and records the origin', () => {
    const s = snap();
    const pre = predefinedCodebookCodes('000-renn4-inpandige-samenwerking', testContext('pre'));
    const set = applyCodebook(s, pre, pre.origin, testContext('new'));
    const after = expectUndo(s, set);
    expectLog(after, set, 'command.applyCodebook');
    expect(after.project.codebookOrigin).toMatchObject({ kind: 'predefined', codebookId: '000-renn4-inpandige-samenwerking', version: '1.0.0' });
    expect(after.project.codebookOrigin).toHaveProperty('citation', expect.stringContaining('Strockmeijer'));
    const added = after.codes.filter((c) => c.id.startsWith('new-'));
    expect(added).toHaveLength(pre.codes.length);
    const ids = new Set(after.codes.map((c) => c.id));
    expect(added.every((c) => c.projectId === P && (c.parentId === null || ids.has(c.parentId)) && (c.pairId === undefined || ids.has(c.pairId)))).toBe(true);
    expect(added.filter((c) => c.level === 'open')).toHaveLength(37);
    expectOrdersNormalised(after);
    expect(() => predefinedCodebookCodes('nope')).toThrow(CommandError);
  });

  it('copies another project\u2019s codebook', () => {
    const other = snap();
    const target = { ...sampleSnapshot(), codes: [], codings: [], memos: [], codebookLog: [] };
    const src = projectCodebookCodes(other, { fileName: 'ander.werkbank' });
    expect(src.origin).toEqual({ kind: 'project', projectName: other.project.name, fileName: 'ander.werkbank' });
    const after = expectUndo(target, applyCodebook(target, src, src.origin, testContext()));
    expect(after.codes.map((c) => c.label).sort()).toEqual(other.codes.map((c) => c.label).sort());
    expect(after.codes.find((c) => c.label === 'Overleg')?.parentId).toBe(after.codes.find((c) => c.label === 'Coördinatie')?.id);
  });
});

describe('queries', () => {
  it('counts own codings per code', () => {
    const s = snap();
    expect(codingCounts(s)).toEqual(new Map([[C2, 1], [C1, 1]]));
    expect([D1, D2]).toHaveLength(2);
  });

  it('searches diacritic-insensitively and includes ancestors', () => {
    const s = snap();
    s.codes[4] = { ...s.codes[4], description: 'Naar het voortgezet onderwijs' };
    expect(codeSearch(s.codes, 'coordinatie')).toEqual(new Set([C1, C2]));
    expect(codeSearch(s.codes, 'VOORTGEZET')).toEqual(new Set(['C2b', C2, C1]));
    expect(codeSearch(s.codes, 'xyz').size).toBe(0);
    expect(codeSearch(s.codes, ' ').size).toBe(5);
  });
});
