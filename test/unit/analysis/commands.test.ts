import { describe, expect, it } from 'vitest';
import { applyToSnapshot, invertChangeSet, type ChangeSet } from '../../../src/shared/model/changes';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import { addRelation, deleteRelation, markPhaseDone, splitCode, updateRelation } from '../../../src/shared/axial/commands';
import {
  addLayer, addTheme, deleteTheme, moveTheme, removeLayer, setKeyQuotes, setStoryline, setValence, SUGGESTED_LAYERS, themeFragments, toggleKeyQuote, updateTheme,
} from '../../../src/shared/selective/commands';
import { deleteCode, mergeCodes, moveCode, updateCode } from '../../../src/shared/codebook/commands';
import { removeCoding, markDocumentDone } from '../../../src/shared/coding/commands';
import { deleteDocument } from '../../../src/shared/project/commands';
import { phaseChecklist, phaseStatus } from '../../../src/shared/analysis/checklist';
import { ctx, fixture } from './fixture';
import { translate } from '../../../src/shared/i18n';

const sort = <T extends { id: string }>(xs: T[]) => xs.slice().sort((a, b) => a.id.localeCompare(b.id));
function canon(s: ProjectSnapshot) {
  return { ...s, documents: sort(s.documents), codes: sort(s.codes), codings: sort(s.codings), memos: sort(s.memos), codebookLog: sort(s.codebookLog), relations: sort(s.relations), themes: sort(s.themes) };
}
/** Applies the set, checks that its inverse restores the snapshot exactly, returns the result. */
function undoable(before: ProjectSnapshot, set: ChangeSet): ProjectSnapshot {
  const after = applyToSnapshot(before, set);
  expect(canon(applyToSnapshot(after, invertChangeSet(set)))).toEqual(canon(before));
  return after;
}
const errorKey = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { key?: string }).key;
  }
  return 'no error';
};

describe('relations', () => {
  it('adds, updates and deletes relations; refuses self-links and duplicates', () => {
    const s0 = fixture();
    const { set, relation } = addRelation(s0, { fromCodeId: 'A', toCodeId: 'CAT2', type: 'promotes', note: 'n' }, ctx());
    expect(set.name).toBe('command.addRelation');
    const s1 = undoable(s0, set);
    expect(s1.relations).toEqual([relation]);
    expect(errorKey(() => addRelation(s1, { fromCodeId: 'A', toCodeId: 'A', type: 'causes' }))).toBe('analysis.error.selfRelation');
    expect(errorKey(() => addRelation(s1, { fromCodeId: 'A', toCodeId: 'CAT2', type: 'promotes' }))).toBe('analysis.error.duplicateRelation');
    expect(errorKey(() => addRelation(s1, { fromCodeId: 'A', toCodeId: 'ghost', type: 'promotes' }))).toBe('project.error.notFound');
    expect(errorKey(() => addRelation(s1, { fromCodeId: 'A', toCodeId: 'B', type: 'likes' as never }))).toBe('analysis.error.relationType');
    const s2 = undoable(s1, updateRelation(s1, relation.id, { type: 'hinders', note: 'anders' }, ctx()));
    expect(s2.relations[0]).toMatchObject({ type: 'hinders', note: 'anders' });
    expect(updateRelation(s2, relation.id, { type: 'hinders' }).changes).toEqual([]);
    const s3 = undoable(s2, deleteRelation(s2, relation.id));
    expect(s3.relations).toEqual([]);
  });
});

describe('splitCode', () => {
  it('creates a sibling right after the code and moves the chosen codings, in one logged set', () => {
    const s0 = fixture();
    const { set, code } = splitCode(s0, 'A', ['k4', 'k5'], 'A bis', ctx());
    const s1 = undoable(s0, set);
    expect(code).toMatchObject({ parentId: 'CAT1', level: 'open', color: '#336699', order: 1, label: 'A bis' });
    expect(s1.codes.filter((c) => c.parentId === 'CAT1').sort((a, b) => a.order - b.order).map((c) => c.id)).toEqual(['A', code.id, 'B', 'C']);
    expect(s1.codings.filter((c) => c.codeId === code.id).map((c) => c.id).sort()).toEqual(['k4', 'k5']);
    expect(s1.codebookLog).toHaveLength(1);
    expect(s1.codebookLog[0]).toMatchObject({ action: 'command.splitCode', coder: 'Tester', params: { label: 'Code A', target: 'A bis', count: 2 } });
    expect(errorKey(() => splitCode(s0, 'A', ['k2'], 'X'))).toBe('analysis.error.codingOfOtherCode');
    expect(errorKey(() => splitCode(s0, 'A', ['k4'], 'Code B'))).toBe('codebook.error.duplicateLabel');
    expect(errorKey(() => splitCode(s0, 'A', ['k4'], '  '))).toBe('codebook.error.codeLabelEmpty');
  });
});

describe('phases and storyline', () => {
  it('marks a phase done and not done with time and coder', () => {
    const s0 = fixture();
    expect(phaseStatus(s0)).toEqual({ current: 'open', allDone: false, marks: {} });
    const s1 = undoable(s0, markPhaseDone(s0, 'open', true, ctx()));
    expect(s1.project.phases).toEqual({ open: { doneAt: '2026-11-24T09:00:00.000Z', by: 'Tester' } });
    expect(phaseStatus(s1).current).toBe('axial');
    // The undo tooltip names the phase in words, not by its id.
    expect(translate('nl', markPhaseDone(s0, 'axial', true, ctx()).name)).toBe('axiaal coderen als klaar markeren');
    expect(translate('en', markPhaseDone(s1, 'open', false, ctx()).name)).toBe('reopen open coding');
    expect(markPhaseDone(s1, 'open', true, ctx()).changes).toEqual([]);
    expect(markPhaseDone(s1, 'open', true, ctx()).project).toBeUndefined();
    const s2 = undoable(s1, markPhaseDone(s1, 'open', false, ctx()));
    expect(s2.project.phases).toBeUndefined();
    let s = s1;
    for (const p of ['axial', 'selective'] as const) s = applyToSnapshot(s, markPhaseDone(s, p, true, ctx()));
    expect(phaseStatus(s)).toMatchObject({ current: 'selective', allDone: true });
    const s3 = undoable(s0, setStoryline(s0, 'Het verhaal.', ctx()));
    expect(s3.project.storyline).toBe('Het verhaal.');
    expect(setStoryline(s3, 'Het verhaal.').project).toBeUndefined();
  });
});

describe('layers', () => {
  it('keeps an added layer while it is empty, ignores duplicates, removes it only when empty', () => {
    const s0 = fixture();
    const s1 = undoable(s0, addLayer(s0, '  Samenwerking in de wijk ', ctx()));
    expect(s1.project.layers).toEqual(['Samenwerking in de wijk']);
    expect(addLayer(s1, 'samenwerking in de WIJK').project).toBeUndefined();
    expect(addLayer(s1, 'Visie').project).toBeUndefined(); // a suggested layer
    expect(addLayer(s1, '   ').project).toBeUndefined();
    const { set } = addTheme(s1, { label: 'Wijkteam', categoryIds: [], layer: 'Samenwerking in de wijk' }, ctx());
    const s2 = applyToSnapshot(s1, set);
    expect(errorKey(() => removeLayer(s2, 'Samenwerking in de wijk', ctx()))).toBe('selective.error.layerNotEmpty');
    const s3 = undoable(s1, removeLayer(s1, 'Samenwerking in de wijk', ctx()));
    expect(s3.project.layers).toBeUndefined();
  });
});

describe('themes', () => {
  it('adds, edits, orders within and between layers, deletes', () => {
    expect(SUGGESTED_LAYERS).toEqual(['missie', 'visie', 'strategie', 'praktische randvoorwaarden']);
    let s = fixture();
    const ids: string[] = [];
    for (const [label, layer] of [['T1', 'visie'], ['T2', 'visie'], ['T3', 'visie'], ['T4', 'missie']]) {
      const { set, theme } = addTheme(s, { label, layer, categoryIds: ['CAT1'] }, ctx());
      s = undoable(s, set);
      ids.push(theme.id);
      expect(theme.order).toBe(layer === 'visie' ? ids.length - 1 : 0);
    }
    const order = (layer: string) => s.themes.filter((t) => t.layer === layer).sort((a, b) => a.order - b.order).map((t) => t.label);
    expect(errorKey(() => addTheme(s, { label: 't1' }))).toBe('analysis.error.duplicateTheme');
    expect(errorKey(() => addTheme(s, { label: ' ' }))).toBe('analysis.error.themeLabelEmpty');
    expect(errorKey(() => addTheme(s, { label: 'X', categoryIds: ['ghost'] }))).toBe('project.error.notFound');
    s = undoable(s, moveTheme(s, ids[2], 0, undefined, ctx()));
    expect(order('visie')).toEqual(['T3', 'T1', 'T2']);
    s = undoable(s, moveTheme(s, ids[0], 1, 'missie', ctx()));
    expect(order('visie')).toEqual(['T3', 'T2']);
    expect(order('missie')).toEqual(['T4', 'T1']);
    expect(s.themes.filter((t) => t.layer === 'visie').map((t) => t.order).sort()).toEqual([0, 1]);
    s = undoable(s, updateTheme(s, ids[1], { layer: 'strategie', definition: 'Def', summary: 'Sam', color: '#000' }, ctx()));
    expect(s.themes.find((t) => t.id === ids[1])).toMatchObject({ layer: 'strategie', order: 0, definition: 'Def', summary: 'Sam', color: '#000' });
    expect(order('visie')).toEqual(['T3']);
    expect(updateTheme(s, ids[1], { definition: 'Def' }).changes).toEqual([]);
    s = undoable(s, deleteTheme(s, ids[3]));
    expect(order('missie')).toEqual(['T1']);
    expect(s.themes.find((t) => t.label === 'T1')!.order).toBe(0);
  });

  it('key quotes keep report order; toggle; valence for many codings; theme fragments', () => {
    let s = fixture();
    const { set, theme } = addTheme(s, { label: 'Regie', categoryIds: ['CAT2'] }, ctx());
    s = applyToSnapshot(s, set);
    s = undoable(s, setKeyQuotes(s, theme.id, ['k13', 'k3', 'k13'], ctx()));
    expect(s.themes[0].keyQuoteIds).toEqual(['k13', 'k3']);
    expect(errorKey(() => setKeyQuotes(s, theme.id, ['ghost']))).toBe('project.error.notFound');
    s = undoable(s, toggleKeyQuote(s, theme.id, 'k9', ctx()));
    expect(s.themes[0].keyQuoteIds).toEqual(['k13', 'k3', 'k9']);
    s = undoable(s, toggleKeyQuote(s, theme.id, 'k13', ctx()));
    expect(s.themes[0].keyQuoteIds).toEqual(['k3', 'k9']);
    const v = setValence(s, ['k3', 'k9', 'k1'], 'belemmerend', ctx());
    expect(v.changes).toHaveLength(3);
    s = undoable(s, v);
    expect(s.codings.filter((c) => c.valence === 'belemmerend').map((c) => c.id).sort()).toEqual(['k1', 'k3', 'k8', 'k9']);
    s = undoable(s, setValence(s, ['k1', 'k2'], null, ctx()));
    expect(s.codings.find((c) => c.id === 'k1')!.valence).toBeUndefined();
    expect(setValence(s, ['k2'], null).changes).toEqual([]);
    expect(themeFragments(s, theme.id).map((f) => f.coding.id)).toEqual(['k7', 'k3', 'k9', 'k11', 'k13', 'k14', 'k15']);
  });
});

describe('no dangling references after deleting or merging codes and removing codings', () => {
  function withRefs(): ProjectSnapshot {
    let s = fixture();
    for (const [from, to, type] of [['A', 'B', 'causes'], ['B', 'A', 'causes'], ['A', 'C', 'causes'], ['C', 'B', 'causes'], ['D', 'E', 'hinders']] as const) {
      s = applyToSnapshot(s, addRelation(s, { fromCodeId: from, toCodeId: to, type }, { now: 't', newId: () => `rel-${from}-${to}` }).set);
    }
    s = applyToSnapshot(s, addTheme(s, { label: 'T', categoryIds: ['A', 'C', 'D'] }, { now: 't', newId: () => 'theme' }).set);
    return applyToSnapshot(s, setKeyQuotes(s, 'theme', ['k6', 'k12', 'k4']));
  }

  it('deleteCode removes relations touching the code and drops it and its codings from themes', () => {
    const s0 = withRefs();
    const set = deleteCode(s0, 'C', ctx());
    const s1 = undoable(s0, set);
    expect(s1.relations.map((r) => r.id).sort()).toEqual(['rel-A-B', 'rel-B-A', 'rel-D-E']);
    expect(s1.themes[0]).toMatchObject({ categoryIds: ['A', 'D'], keyQuoteIds: ['k12', 'k4'] });
  });

  it('mergeCodes retargets relations (dropping self-loops and duplicates) and categories', () => {
    const s0 = withRefs();
    // C → A: rel A→C becomes A→A (dropped), C→B becomes A→B (duplicate of rel-A-B, dropped).
    const s1 = undoable(s0, mergeCodes(s0, 'C', 'A', ctx()));
    expect(s1.relations.map((r) => `${r.fromCodeId}>${r.toCodeId}`).sort()).toEqual(['A>B', 'B>A', 'D>E']);
    expect(s1.themes[0].categoryIds).toEqual(['A', 'D']);
    expect(s1.themes[0].keyQuoteIds).toEqual(['k6', 'k12', 'k4']);
    // E → D: rel D→E becomes D→D and is dropped; D stays a category.
    const s2 = undoable(s1, mergeCodes(s1, 'E', 'D', ctx()));
    expect(s2.relations.map((r) => r.id).sort()).toEqual(['rel-A-B', 'rel-B-A']);
    // B → A: a retargeted relation pointing at the target.
    const s3 = undoable(s0, mergeCodes(s0, 'B', 'C', ctx()));
    expect(s3.relations.map((r) => `${r.fromCodeId}>${r.toCodeId}`).sort()).toEqual(['A>C', 'C>A', 'D>E']);
  });

  it('a merge that drops a duplicate coding keeps the key quote on the surviving coding', () => {
    let s0 = withRefs();
    // k13 (D) has the same range as k12 (A): merging A into D drops k12 in favour of k13.
    s0 = applyToSnapshot(s0, moveCode(s0, 'A', 'CAT2', 0, ctx()));
    const s1 = undoable(s0, mergeCodes(s0, 'A', 'D', ctx()));
    expect(s1.codings.find((c) => c.id === 'k12')).toBeUndefined();
    expect(s1.themes[0].keyQuoteIds).toEqual(['k6', 'k13', 'k4']);
    expect(s1.themes[0].categoryIds).toEqual(['D', 'C']);
  });

  it('removeCoding and deleteDocument drop key quotes in the same set', () => {
    const s0 = withRefs();
    const s1 = undoable(s0, removeCoding(s0, 'k12', ctx()));
    expect(s1.themes[0].keyQuoteIds).toEqual(['k6', 'k4']);
    const s2 = undoable(s0, deleteDocument(s0, 'D1', ctx()));
    expect(s2.themes[0].keyQuoteIds).toEqual(['k12']);
    expect(removeCoding(s0, 'k1').changes.some((c) => c.table === 'themes')).toBe(false);
  });
});

describe('phase checklist transitions', () => {
  const item = (s: ProjectSnapshot, key: string) => phaseChecklist(s).find((i) => i.key === `analysis.check.${key}`)!;

  it('open, axial and selective items turn ok as the work is done', () => {
    let s = fixture();
    const all = phaseChecklist(s);
    expect(all.map((i) => i.phase)).toEqual(['open', 'open', 'open', 'axial', 'axial', 'axial', 'selective', 'selective', 'selective', 'selective']);
    expect(item(s, 'open.uncodedText')).toMatchObject({ ok: false, count: 3, ids: ['D1', 'D2', 'D3'], params: { count: 3, total: 3 } });
    expect(item(s, 'open.codesUsedOnce')).toMatchObject({ ok: false, ids: ['C'] });
    expect(item(s, 'open.codesNeverUsed')).toMatchObject({ ok: false, ids: ['F'] });
    for (const d of ['D1', 'D2', 'D3']) s = applyToSnapshot(s, markDocumentDone(s, d, true, ctx()));
    expect(item(s, 'open.uncodedText')).toMatchObject({ ok: true, count: 0 });

    expect(item(s, 'axial.openOutsideCategory')).toMatchObject({ ok: false, ids: ['F'] });
    expect(item(s, 'axial.categoriesWithoutDefinition')).toMatchObject({ ok: false, ids: ['CAT2'] });
    expect(item(s, 'axial.smallCategories')).toMatchObject({ ok: true });
    s = applyToSnapshot(s, moveCode(s, 'F', 'CAT2', 2, ctx()));
    s = applyToSnapshot(s, updateCode(s, 'CAT2', { description: 'Tijd en geld' }, ctx()));
    expect(item(s, 'axial.openOutsideCategory').ok).toBe(true);
    expect(item(s, 'axial.categoriesWithoutDefinition').ok).toBe(true);
    s = applyToSnapshot(s, deleteCode(s, 'B', ctx()));
    s = applyToSnapshot(s, deleteCode(s, 'C', ctx()));
    expect(item(s, 'axial.smallCategories')).toMatchObject({ ok: false, ids: ['CAT1'], params: { min: 2 } });

    expect(item(s, 'selective.noThemes')).toMatchObject({ ok: false, count: 0 });
    expect(item(s, 'selective.noStoryline').ok).toBe(false);
    const { set, theme } = addTheme(s, { label: 'Regie' }, ctx());
    s = applyToSnapshot(s, set);
    expect(item(s, 'selective.noThemes')).toMatchObject({ ok: true, count: 1 });
    expect(item(s, 'selective.themesWithoutDefinition')).toMatchObject({ ok: false, ids: [theme.id] });
    expect(item(s, 'selective.themesWithoutKeyQuotes')).toMatchObject({ ok: false, ids: [theme.id] });
    s = applyToSnapshot(s, updateTheme(s, theme.id, { definition: 'Wie stuurt?' }, ctx()));
    s = applyToSnapshot(s, setKeyQuotes(s, theme.id, ['k1'], ctx()));
    s = applyToSnapshot(s, setStoryline(s, 'Regie verbindt alles.', ctx()));
    expect(phaseChecklist(s).filter((i) => i.phase === 'selective').every((i) => i.ok)).toBe(true);
  });

  it('without levels, categories are parents and open codes are leaves', () => {
    const s = fixture();
    s.codes = s.codes.map(({ level: _l, ...c }) => c);
    expect(item(s, 'axial.openOutsideCategory').ids).toEqual(['F']);
    expect(item(s, 'axial.categoriesWithoutDefinition').ids).toEqual(['CAT2']);
  });
});
