import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../src/shared/model/types';
import { boardLayers, keyboardThemeMove, reorder, themesInLayer } from '../../../src/renderer/screens/selective/layers';

function theme(id: string, layer: string, order: number): Theme {
  return { id, projectId: 'p', label: id, definition: '', layer, order, color: '#000', categoryIds: [], keyQuoteIds: [], summary: '', createdAt: '', updatedAt: '' };
}
const layers = ['missie', 'visie', 'strategie'];
const themes = [theme('a', 'visie', 1), theme('b', 'visie', 0), theme('c', 'strategie', 0), theme('d', 'eigen laag', 0)];

describe('selective board', () => {
  it('orders themes within a layer', () => {
    expect(themesInLayer(themes, 'visie').map((t) => t.id)).toEqual(['b', 'a']);
  });
  it('shows suggested layers, then used and added ones, once each', () => {
    expect(boardLayers(layers, themes, ['Visie', 'nieuw'])).toEqual(['missie', 'visie', 'strategie', 'eigen laag', 'nieuw']);
  });
  it('moves with Alt+arrows within and between layers', () => {
    const all = boardLayers(layers, themes, []);
    expect(keyboardThemeMove(themes, all, 'a', 'up')).toEqual({ index: 0, layer: 'visie' });
    expect(keyboardThemeMove(themes, all, 'a', 'down')).toBeNull();
    expect(keyboardThemeMove(themes, all, 'a', 'right')).toEqual({ index: 1, layer: 'strategie' });
    expect(keyboardThemeMove(themes, all, 'b', 'left')).toEqual({ index: 0, layer: 'missie' });
    expect(keyboardThemeMove(themes, all, 'd', 'right')).toBeNull();
  });
  it('reorders key quotes', () => {
    expect(reorder(['x', 'y', 'z'], 'z', 0)).toEqual(['z', 'x', 'y']);
    expect(reorder(['x', 'y', 'z'], 'x', 5)).toEqual(['y', 'z', 'x']);
  });
});
