import { describe, expect, it } from 'vitest';
import { codeOptions, extendHit, snippet } from '../../../src/renderer/screens/coding/panels/search-helpers';
import { filterMemos, memosByCoding } from '../../../src/renderer/screens/coding/panels/memo-helpers';
import { sampleSnapshot } from '../project/sample';

const labels = { coding: 'Codering', code: 'Code', document: 'Document', project: 'Project' };

describe('search helpers', () => {
  const text = 'Het gaat goed. De coördinator is "top!" Echt waar?\nNieuwe regel.';
  const doc = { text, turns: [{ speaker: 'R', start: 0, end: 51 }, { speaker: 'R', start: 52, end: text.length }] };
  const at = text.indexOf('coördinator');
  const hit = { start: at, end: at + 11, turnIndex: 0 };

  it('extends a hit to its sentence or turn', () => {
    const sentence = extendHit(doc, hit, 'sentence');
    expect(text.slice(sentence.start, sentence.end)).toBe('De coördinator is "top!"');
    const turn = extendHit(doc, hit, 'turn');
    expect(text.slice(turn.start, turn.end)).toBe(text.slice(0, 51));
    expect(extendHit(doc, hit, 'hit')).toEqual({ start: hit.start, end: hit.end });
    const last = text.indexOf('Echt');
    const s2 = extendHit(doc, { start: last, end: last + 4, turnIndex: 0 }, 'sentence');
    expect(text.slice(s2.start, s2.end)).toBe('Echt waar?');
  });

  it('makes one-line snippets with ellipses', () => {
    const sn = snippet(text, at, at + 11, 10);
    expect(sn.match).toBe('coördinator');
    expect(sn.before.startsWith('…')).toBe(true);
    expect(sn.after.endsWith('…')).toBe(true);
    expect(sn.after).not.toContain('\n');
  });

  it('lists codes in tree order with depth', () => {
    const snap = sampleSnapshot();
    const options = codeOptions(snap.codes);
    expect(options).toHaveLength(snap.codes.length);
    for (const o of options) {
      const code = snap.codes.find((c) => c.id === o.id)!;
      if (code.parentId) expect(options.findIndex((p) => p.id === code.parentId)).toBeLessThan(options.indexOf(o));
    }
  });
});

describe('memo helpers', () => {
  it('groups memos by coding and searches without accents', () => {
    const snap = sampleSnapshot();
    const byCoding = memosByCoding(snap);
    const onCodings = snap.memos.filter((m) => m.target.kind === 'coding').length;
    expect([...byCoding.values()].reduce((n, l) => n + l.length, 0)).toBe(onCodings);
    const memo = { ...snap.memos[0], id: 'x', title: 'Reëel beeld', text: '', target: { kind: 'project' as const } };
    const withMemo = { ...snap, memos: [...snap.memos, memo] };
    expect(filterMemos(withMemo, 'reeel', 'all', labels).map((m) => m.id)).toEqual(['x']);
    expect(filterMemos(withMemo, 'REEEL', 'document', labels)).toEqual([]);
    expect(filterMemos(withMemo, '', 'project', labels).map((m) => m.id)).toContain('x');
  });
});
