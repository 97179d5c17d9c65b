import type { Id, Theme } from '../../../shared/model/types';

/** Themes of one layer in report order. */
export function themesInLayer(themes: readonly Theme[], layer: string): Theme[] {
  return themes.filter((th) => th.layer === layer).sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
}

/**
 * The layers the board shows, in order: the suggested ones, then every other layer a theme sits
 * in (in order of first use), then layers the user added that have no theme yet.
 */
export function boardLayers(suggested: readonly string[], themes: readonly Theme[], extra: readonly string[]): string[] {
  const out: string[] = [...suggested];
  const seen = new Set(out.map((l) => l.toLowerCase()));
  const sorted = [...themes].sort((a, b) => a.order - b.order);
  for (const l of [...sorted.map((th) => th.layer), ...extra]) {
    if (seen.has(l.toLowerCase())) continue;
    seen.add(l.toLowerCase());
    out.push(l);
  }
  return out;
}

export type ThemeKeyMove = 'up' | 'down' | 'left' | 'right';

/** Where Alt+arrow moves a theme: within its layer, or to the end of the neighbouring layer. */
export function keyboardThemeMove(
  themes: readonly Theme[],
  layers: readonly string[],
  id: Id,
  dir: ThemeKeyMove,
): { index: number; layer: string } | null {
  const theme = themes.find((th) => th.id === id);
  if (!theme) return null;
  const siblings = themesInLayer(themes, theme.layer);
  const at = siblings.findIndex((th) => th.id === id);
  if (dir === 'up') return at > 0 ? { index: at - 1, layer: theme.layer } : null;
  if (dir === 'down') return at < siblings.length - 1 ? { index: at + 1, layer: theme.layer } : null;
  const li = layers.indexOf(theme.layer);
  const target = layers[dir === 'left' ? li - 1 : li + 1];
  if (li < 0 || target === undefined) return null;
  return { index: themesInLayer(themes, target).length, layer: target };
}

/** Moves `id` to position `index` of `ids` (for key quotes). */
export function reorder(ids: readonly Id[], id: Id, index: number): Id[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
