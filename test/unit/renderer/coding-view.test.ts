import { describe, expect, it } from 'vitest';
import { HeightIndex, moveEdgeByWord, percent, selectionRange, shortcutSlots, splitPieces, stackLabels } from '../../../src/renderer/lib/coding-view';
import type { Code, SpeakerTurn } from '../../../src/shared/model/types';

const code = (id: string, order: number, parentId: string | null = null): Code => ({ id, projectId: 'p', parentId, label: id, color: '#000', description: '', order, createdAt: '', updatedAt: '' });

describe('splitPieces', () => {
  it('cuts at coding and mark boundaries and lists covering codings innermost first', () => {
    const pieces = splitPieces(0, 20, [{ id: 'a', start: 2, end: 12 }, { id: 'b', start: 5, end: 8 }], [{ start: 10, end: 15, kind: 'hover' }]);
    expect(pieces.map((p) => [p.start, p.end])).toEqual([[0, 2], [2, 5], [5, 8], [8, 10], [10, 12], [12, 15], [15, 20]]);
    expect(pieces[2].codings.map((c) => c.id)).toEqual(['b', 'a']);
    expect(pieces[4].marks).toEqual(['hover']);
    expect(pieces[0].codings).toEqual([]);
  });
});

describe('HeightIndex', () => {
  it('keeps prefix sums and finds rows by position', () => {
    const h = new HeightIndex([10, 20, 30]);
    expect(h.total).toBe(60);
    expect(h.rowAt(0)).toBe(0);
    expect(h.rowAt(29)).toBe(1);
    expect(h.rowAt(30)).toBe(2);
    expect(h.set(1, 50)).toBe(true);
    expect(h.offsetOf(2)).toBe(60);
    expect(h.range(0, 15, 0)).toEqual({ first: 0, last: 1 });
  });
});

describe('selectionRange', () => {
  const text = 'I: Hallo daar.\nR: Wij werken samen met de school.\n';
  const turns: SpeakerTurn[] = [
    { speaker: 'I', start: 3, end: 14 },
    { speaker: 'R', start: 18, end: 49 },
  ];
  it('snaps to whole words', () => {
    const r = selectionRange(text, turns, 20, 27, true)!;
    expect(text.slice(r.start, r.end)).toBe('Wij werken');
  });
  it('clips a selection across turns to the first turn', () => {
    const r = selectionRange(text, turns, 9, 25, false)!;
    expect(text.slice(r.start, r.end)).toBe('daar.');
    expect(r.clipped).toBe(true);
  });
  it('refuses a caret or only spaces', () => {
    expect(selectionRange(text, turns, 20, 20, true)).toBeNull();
  });
  it('never splits a surrogate pair', () => {
    const t = 'R: ik 😀 ja';
    const r = selectionRange(t, [{ speaker: 'R', start: 3, end: t.length }], 6, 7, false)!;
    expect(t.slice(r.start, r.end)).toBe('😀');
  });
});

describe('moveEdgeByWord', () => {
  const text = 'een twee drie vier vijf';
  it('widens and narrows by one word', () => {
    const range = { start: 4, end: 13 };
    expect(moveEdgeByWord(text, range, 'end', 1, { start: 0, end: text.length })).toEqual({ start: 4, end: 18 });
    expect(moveEdgeByWord(text, range, 'end', -1, { start: 0, end: text.length })).toEqual({ start: 4, end: 8 });
    expect(moveEdgeByWord(text, range, 'start', -1, { start: 0, end: text.length })).toEqual({ start: 0, end: 13 });
    expect(moveEdgeByWord(text, range, 'start', 1, { start: 0, end: text.length })).toEqual({ start: 9, end: 13 });
  });
  it('stays inside the limits and never empties the range', () => {
    expect(moveEdgeByWord(text, { start: 4, end: 8 }, 'end', -1, { start: 0, end: 23 })).toEqual({ start: 4, end: 8 });
    expect(moveEdgeByWord(text, { start: 4, end: 8 }, 'end', 1, { start: 0, end: 10 })).toEqual({ start: 4, end: 8 });
  });
});

describe('shortcutSlots / stackLabels / percent', () => {
  it('puts recent codes first and fills up with codebook order', () => {
    const codes = [code('a', 0), code('b', 1), code('c', 2)];
    expect(shortcutSlots(['c', 'x'], codes)).toEqual(['c', 'a', 'b']);
  });
  it('stacks labels without overlap', () => {
    expect(stackLabels([0, 5, 100], 18)).toEqual([0, 20, 100]);
  });
  it('shows 0 and 100 only when exact', () => {
    expect(percent(0)).toBe(0);
    expect(percent(0.001)).toBe(1);
    expect(percent(0.999)).toBe(99);
    expect(percent(1)).toBe(100);
  });
});
