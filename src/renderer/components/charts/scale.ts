/** Small helpers shared by the SVG charts (no chart library). */

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Tick values from 0 to `top` (a niceMax), at most `count` + 1 of them, whole numbers only. */
export function ticks(top: number, count = 4): number[] {
  const step = Math.max(1, Math.ceil(top / count));
  const out: number[] = [];
  for (let v = 0; v <= top; v += step) out.push(v);
  return out;
}

/**
 * Heat-map colour for `value` of `max`: from near-white to the accent blue, in steps of lightness
 * (so it prints in grey too). Returns the fill and a text colour with enough contrast.
 */
export function heatColor(value: number, max: number): { fill: string; ink: string } {
  if (max <= 0 || value <= 0) return { fill: '#f7f6f2', ink: '#4a5360' };
  const share = Math.min(1, value / max);
  const lightness = 94 - share * 62; // 94% … 32%
  return { fill: `hsl(209 59% ${lightness.toFixed(1)}%)`, ink: lightness < 58 ? '#ffffff' : '#1d232b' };
}

/** Shortens a label to `max` characters with an ellipsis. */
export function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
