/**
 * A checklist per phase of Baarda's method: what is still open before the phase can be called
 * done. Items are i18n keys (`analysis.check.*`) with params; `ids` are the documents, codes or
 * themes concerned so the UI can jump to them. Phases are no locks: this only advises.
 */
import { projectProgress } from '../coding/progress';
import type { Code, Phase, PhaseMark, ProjectSnapshot } from '../model/types';

export interface ChecklistItem {
  phase: Phase;
  key: string;
  params: Record<string, string | number>;
  count: number;
  ok: boolean;
  ids: string[];
}

export const PHASES: readonly Phase[] = ['open', 'axial', 'selective'];

/** Codes that act as categories: level "axial", or (when no code has a level) codes with children. */
export function categoryCodes(codes: readonly Code[]): Code[] {
  const levelled = codes.some((c) => c.level !== undefined);
  if (levelled) return codes.filter((c) => c.level === 'axial');
  const parents = new Set(codes.map((c) => c.parentId));
  return codes.filter((c) => parents.has(c.id));
}

/** Codes of open coding: level "open", or (when no code has a level) leaf codes. */
export function openCodes(codes: readonly Code[]): Code[] {
  const levelled = codes.some((c) => c.level !== undefined);
  if (levelled) return codes.filter((c) => c.level === 'open');
  const parents = new Set(codes.map((c) => c.parentId));
  return codes.filter((c) => !parents.has(c.id));
}

export function phaseChecklist(snapshot: ProjectSnapshot): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const item = (phase: Phase, key: string, ids: string[], params: Record<string, string | number> = {}, ok = ids.length === 0) =>
    items.push({ phase, key, params: { count: ids.length, ...params }, count: ids.length, ok, ids });
  const byId = new Map(snapshot.codes.map((c) => [c.id, c]));
  const own = new Map<string, number>();
  for (const c of snapshot.codings) own.set(c.codeId, (own.get(c.codeId) ?? 0) + 1);
  const childCount = new Map<string, number>();
  for (const c of snapshot.codes) if (c.parentId !== null) childCount.set(c.parentId, (childCount.get(c.parentId) ?? 0) + 1);
  // Codings per code including descendants, so a category without own codings is not "unused".
  const total = new Map<string, number>();
  for (const [id, n] of own) {
    const seen = new Set<string>();
    for (let c = byId.get(id); c && !seen.has(c.id); c = c.parentId === null ? undefined : byId.get(c.parentId)) {
      seen.add(c.id);
      total.set(c.id, (total.get(c.id) ?? 0) + n);
    }
  }

  // Open coding
  const progress = projectProgress(snapshot);
  const uncoded = progress.documents.filter((d) => !d.done && d.respondentChars > 0 && d.codedRespondentChars < d.respondentChars);
  item('open', 'analysis.check.open.uncodedText', uncoded.map((d) => d.documentId), { total: snapshot.documents.length });
  item('open', 'analysis.check.open.codesUsedOnce', snapshot.codes.filter((c) => (total.get(c.id) ?? 0) === 1).map((c) => c.id));
  item('open', 'analysis.check.open.codesNeverUsed', snapshot.codes.filter((c) => (total.get(c.id) ?? 0) === 0).map((c) => c.id));

  // Axial coding
  const categories = categoryCodes(snapshot.codes);
  const categoryIds = new Set(categories.map((c) => c.id));
  const insideCategory = (code: Code): boolean => {
    const seen = new Set<string>();
    for (let p = code.parentId; p !== null && !seen.has(p); p = byId.get(p)?.parentId ?? null) {
      seen.add(p);
      if (categoryIds.has(p)) return true;
    }
    return false;
  };
  item('axial', 'analysis.check.axial.openOutsideCategory', openCodes(snapshot.codes).filter((c) => !insideCategory(c)).map((c) => c.id));
  item('axial', 'analysis.check.axial.categoriesWithoutDefinition', categories.filter((c) => c.description.trim() === '').map((c) => c.id));
  item('axial', 'analysis.check.axial.smallCategories', categories.filter((c) => (childCount.get(c.id) ?? 0) < 2).map((c) => c.id), { min: 2 });
  if (categories.length === 0) item('axial', 'analysis.check.axial.noCategories', [], {}, false);

  // Selective coding
  const themes = snapshot.themes;
  items.push({ phase: 'selective', key: 'analysis.check.selective.noThemes', params: { count: themes.length }, count: themes.length, ok: themes.length > 0, ids: [] });
  item('selective', 'analysis.check.selective.themesWithoutDefinition', themes.filter((t) => t.definition.trim() === '').map((t) => t.id));
  item('selective', 'analysis.check.selective.themesWithoutKeyQuotes', themes.filter((t) => t.keyQuoteIds.length === 0).map((t) => t.id));
  const hasStoryline = (snapshot.project.storyline ?? '').trim() !== '';
  items.push({ phase: 'selective', key: 'analysis.check.selective.noStoryline', params: {}, count: hasStoryline ? 0 : 1, ok: hasStoryline, ids: [] });
  return items;
}

export interface PhaseStatus {
  /** The first phase not marked done ('selective' when all are done). */
  current: Phase;
  allDone: boolean;
  marks: Partial<Record<Phase, PhaseMark>>;
}

export function phaseStatus(snapshot: ProjectSnapshot): PhaseStatus {
  const marks = { ...snapshot.project.phases };
  const current = PHASES.find((p) => marks[p] === undefined);
  return { current: current ?? 'selective', allDone: current === undefined, marks };
}
