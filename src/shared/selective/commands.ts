/**
 * Selective-coding commands (Baarda's reduction phase): core themes built from categories, their
 * key quotes in report order, the valence of fragments and the storyline. Pure functions from a
 * snapshot to a named ChangeSet (see src/shared/project/commands.ts); refusals are CommandErrors
 * with `analysis.error.*` keys.
 */
import { DEFAULT_CODE_COLOR } from '../codebook/tree';
import { created, deleted, updated, type ChangeSet, type EntityChange } from '../model/changes';
import type { Coding, Project, ProjectSnapshot, Theme, Valence } from '../model/types';
import { CommandError, type CommandContext } from '../project/commands';
import { newId as defaultNewId, nowIso } from '../util/ids';
import { retrieve, type Fragment } from '../analysis/retrieval';

/**
 * Layers for arranging core themes, from seed 000 (Renn4, "Inpandige samenwerking", discussion):
 * the results are ordered as mission, vision, strategy and practical conditions, each with its
 * promoting and hindering factors (see ../shared/seeds/EXTRACTION.md, section 000). Themes may
 * use any other layer name too.
 */
export const SUGGESTED_LAYERS = ['missie', 'visie', 'strategie', 'praktische randvoorwaarden'] as const;

function context(ctx: CommandContext | undefined) {
  return { now: ctx?.now ?? nowIso(), newId: ctx?.newId ?? (() => defaultNewId()) };
}

function requireTheme(snapshot: ProjectSnapshot, id: string): Theme {
  const t = snapshot.themes.find((x) => x.id === id);
  if (!t) throw new CommandError('project.error.notFound', { kind: 'theme', id });
  return t;
}

function checkLabel(snapshot: ProjectSnapshot, label: string, exceptId?: string): string {
  const trimmed = label.trim();
  if (trimmed === '') throw new CommandError('analysis.error.themeLabelEmpty');
  const norm = (s: string) => s.trim().toLocaleLowerCase('nl');
  if (snapshot.themes.some((t) => t.id !== exceptId && norm(t.label) === norm(trimmed))) {
    throw new CommandError('analysis.error.duplicateTheme', { label: trimmed });
  }
  return trimmed;
}

function checkCategories(snapshot: ProjectSnapshot, ids: readonly string[]): string[] {
  const codes = new Set(snapshot.codes.map((c) => c.id));
  for (const id of ids) if (!codes.has(id)) throw new CommandError('project.error.notFound', { kind: 'code', id });
  return [...new Set(ids)];
}

function checkCodings(snapshot: ProjectSnapshot, ids: readonly string[]): string[] {
  const codings = new Set(snapshot.codings.map((c) => c.id));
  for (const id of ids) if (!codings.has(id)) throw new CommandError('project.error.notFound', { kind: 'coding', id });
  return [...new Set(ids)];
}

/** Themes of a layer in board order. */
function inLayer(themes: readonly Theme[], layer: string, exceptId?: string): Theme[] {
  return themes.filter((t) => t.layer === layer && t.id !== exceptId).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

/** Order updates so `list` is numbered 0..n-1 (`current` holds already changed versions). */
function renumber(list: Theme[], now: string, current: Map<string, Theme>): void {
  list.forEach((t, i) => {
    const cur = current.get(t.id) ?? t;
    if (cur.order !== i) current.set(t.id, { ...cur, order: i, updatedAt: now });
  });
}

function themeChanges(snapshot: ProjectSnapshot, current: Map<string, Theme>): EntityChange[] {
  const out: EntityChange[] = [];
  for (const [id, after] of current) {
    const before = snapshot.themes.find((t) => t.id === id)!;
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push(updated('themes', before, after));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export function addTheme(
  snapshot: ProjectSnapshot,
  input: { label: string; definition?: string; layer?: string; color?: string; categoryIds?: string[] },
  ctx?: CommandContext,
): { set: ChangeSet; theme: Theme } {
  const { now, newId } = context(ctx);
  const label = checkLabel(snapshot, input.label);
  const layer = (input.layer ?? '').trim();
  const theme: Theme = {
    id: newId(),
    projectId: snapshot.project.id,
    label,
    definition: input.definition ?? '',
    layer,
    order: inLayer(snapshot.themes, layer).length,
    color: input.color ?? DEFAULT_CODE_COLOR,
    categoryIds: checkCategories(snapshot, input.categoryIds ?? []),
    keyQuoteIds: [],
    summary: '',
    createdAt: now,
    updatedAt: now,
  };
  return { set: { name: 'command.addTheme', params: { label }, changes: [created('themes', theme)] }, theme };
}

export type ThemePatch = Partial<Pick<Theme, 'label' | 'definition' | 'layer' | 'color' | 'summary' | 'categoryIds'>>;

/** Edits a theme; a new layer puts it at the end of that layer. No change gives an empty set. */
export function updateTheme(snapshot: ProjectSnapshot, themeId: string, patch: ThemePatch, ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const before = requireTheme(snapshot, themeId);
  const after: Theme = { ...before };
  if (patch.label !== undefined) after.label = checkLabel(snapshot, patch.label, themeId);
  if (patch.definition !== undefined) after.definition = patch.definition;
  if (patch.color !== undefined) after.color = patch.color;
  if (patch.summary !== undefined) after.summary = patch.summary;
  if (patch.categoryIds !== undefined) after.categoryIds = checkCategories(snapshot, patch.categoryIds);
  const name = 'command.updateTheme';
  const params = { label: before.label };
  if (patch.layer !== undefined && patch.layer.trim() !== before.layer) {
    after.layer = patch.layer.trim();
    after.order = inLayer(snapshot.themes, after.layer).length;
  }
  if (JSON.stringify(after) === JSON.stringify(before)) return { name, params, changes: [] };
  after.updatedAt = now;
  const current = new Map<string, Theme>([[themeId, after]]);
  if (after.layer !== before.layer) renumber(inLayer(snapshot.themes, before.layer, themeId), now, current);
  return { name, params, changes: themeChanges(snapshot, current) };
}

/** Moves a theme to `index` within its layer, or within `layer` when given (order within/between layers). */
export function moveTheme(snapshot: ProjectSnapshot, themeId: string, index: number, layer?: string, ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const theme = requireTheme(snapshot, themeId);
  const target = layer === undefined ? theme.layer : layer.trim();
  const current = new Map<string, Theme>();
  const moved: Theme = target === theme.layer ? theme : { ...theme, layer: target, updatedAt: now };
  if (moved !== theme) current.set(themeId, moved);
  if (target !== theme.layer) renumber(inLayer(snapshot.themes, theme.layer, themeId), now, current);
  const list = inLayer(snapshot.themes, target, themeId);
  list.splice(Math.max(0, Math.min(Math.trunc(index), list.length)), 0, moved);
  renumber(list, now, current);
  return { name: 'command.moveTheme', params: { label: theme.label, layer: target || '—' }, changes: themeChanges(snapshot, current) };
}

export function deleteTheme(snapshot: ProjectSnapshot, themeId: string, ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const theme = requireTheme(snapshot, themeId);
  const current = new Map<string, Theme>();
  renumber(inLayer(snapshot.themes, theme.layer, themeId), now, current);
  return { name: 'command.deleteTheme', params: { label: theme.label }, changes: [...themeChanges(snapshot, current), deleted('themes', theme)] };
}

/** Sets the theme's key quotes; the order given is the report order (duplicates dropped). */
export function setKeyQuotes(snapshot: ProjectSnapshot, themeId: string, codingIds: string[], ctx?: CommandContext): ChangeSet {
  const before = requireTheme(snapshot, themeId);
  const keyQuoteIds = checkCodings(snapshot, codingIds);
  const name = 'command.setKeyQuotes';
  const params = { label: before.label, count: keyQuoteIds.length };
  if (keyQuoteIds.length === before.keyQuoteIds.length && keyQuoteIds.every((id, i) => id === before.keyQuoteIds[i])) {
    return { name, params, changes: [] };
  }
  return { name, params, changes: [updated('themes', before, { ...before, keyQuoteIds, updatedAt: context(ctx).now })] };
}

/** Adds the coding as the theme's last key quote, or removes it when it already is one. */
export function toggleKeyQuote(snapshot: ProjectSnapshot, themeId: string, codingId: string, ctx?: CommandContext): ChangeSet {
  const theme = requireTheme(snapshot, themeId);
  const has = theme.keyQuoteIds.includes(codingId);
  const next = has ? theme.keyQuoteIds.filter((id) => id !== codingId) : [...theme.keyQuoteIds, codingId];
  const set = setKeyQuotes(snapshot, themeId, next, ctx);
  return { ...set, name: has ? 'command.removeKeyQuote' : 'command.addKeyQuote', params: { label: theme.label } };
}

/** Sets (or with `null` clears) the valence of many codings in one set. */
export function setValence(snapshot: ProjectSnapshot, codingIds: string[], valence: Valence | null, ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const ids = new Set(checkCodings(snapshot, codingIds));
  const changes: EntityChange[] = [];
  for (const c of snapshot.codings) {
    if (!ids.has(c.id) || (c.valence ?? null) === valence) continue;
    const after: Coding = { ...c, updatedAt: now };
    if (valence === null) delete after.valence;
    else after.valence = valence;
    changes.push(updated('codings', c, after));
  }
  return { name: valence === null ? 'command.clearValence' : 'command.setValence', params: { count: ids.size, valence: valence ?? '—' }, changes };
}

/** Sets the storyline memo (how the core themes hang together). No change gives an empty set. */
export function setStoryline(snapshot: ProjectSnapshot, text: string, ctx?: CommandContext): ChangeSet {
  const before: Project = snapshot.project;
  if ((before.storyline ?? '') === text) return { name: 'command.setStoryline', changes: [] };
  const after: Project = { ...before, updatedAt: context(ctx).now };
  if (text === '') delete after.storyline;
  else after.storyline = text;
  return { name: 'command.setStoryline', changes: [], project: { before, after } };
}

/**
 * Adds a layer to the selective board, after the others; it stays while empty. A name that is a
 * suggested layer or already there (case ignored) changes nothing.
 */
export function addLayer(snapshot: ProjectSnapshot, name: string, ctx?: CommandContext): ChangeSet {
  const layer = name.trim();
  const before: Project = snapshot.project;
  const known = [...SUGGESTED_LAYERS, ...(before.layers ?? []), ...snapshot.themes.map((t) => t.layer)].map((l) => l.toLowerCase());
  if (!layer || known.includes(layer.toLowerCase())) return { name: 'command.addLayer', params: { layer }, changes: [] };
  const after: Project = { ...before, layers: [...(before.layers ?? []), layer], updatedAt: context(ctx).now };
  return { name: 'command.addLayer', params: { layer }, changes: [], project: { before, after } };
}

/** Removes a layer the user added; refused while a theme sits in it (move or delete it first). */
export function removeLayer(snapshot: ProjectSnapshot, name: string, ctx?: CommandContext): ChangeSet {
  const before: Project = snapshot.project;
  if (snapshot.themes.some((t) => t.layer === name)) throw new CommandError('selective.error.layerNotEmpty', { layer: name });
  if (!(before.layers ?? []).includes(name)) return { name: 'command.removeLayer', params: { layer: name }, changes: [] };
  const after: Project = { ...before, updatedAt: context(ctx).now };
  const rest = (before.layers ?? []).filter((l) => l !== name);
  if (rest.length) after.layers = rest;
  else delete after.layers;
  return { name: 'command.removeLayer', params: { layer: name }, changes: [], project: { before, after } };
}

/** The fragments of a theme: codings of its categories and their descendants, in document order. */
export function themeFragments(snapshot: ProjectSnapshot, themeId: string): Fragment[] {
  requireTheme(snapshot, themeId);
  return retrieve(snapshot, { themeId });
}
