import { describe, expect, it } from 'vitest';
import { clip, heatColor, niceMax, ticks } from '../../../src/renderer/components/charts/scale';

describe('chart scale', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(200)).toBe(200);
  });
  it('gives whole-number ticks from 0 to the top', () => {
    expect(ticks(2)).toEqual([0, 1, 2]);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
  });
  it('darkens with the value and switches the ink for contrast', () => {
    expect(heatColor(0, 5).ink).toBe('#4a5360');
    expect(heatColor(5, 5).ink).toBe('#ffffff');
    expect(heatColor(1, 10).ink).toBe('#1d232b');
  });
  it('clips long labels', () => {
    expect(clip('Verantwoordelijkheden en rollen', 10)).toBe('Verantwoo…');
    expect(clip('Visie', 10)).toBe('Visie');
  });
});
