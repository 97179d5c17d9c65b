import type { Code, Id, ProjectSnapshot } from '../../../shared/model/types';
import { childrenMap, treeOrder } from '../../../shared/codebook/project-tree';

export interface CategoryBoard {
  /** Categories in tree order. */
  categories: Code[];
  /** Direct children of each category. */
  members: Map<Id, Code[]>;
  /** Open codes outside any category. */
  uncategorized: Code[];
  /** Fragments per category: its own codings and those of every code below it. */
  totals: Map<Id, number>;
  isCategory: (id: Id) => boolean;
}

/**
 * Categories of axial coding: codes of level "axial"; in a codebook without (other) levels also
 * the top-level codes that have children. "Uncategorized" are the open (or level-less) codes with
 * no category above them.
 */
export function categoryBoard(snapshot: ProjectSnapshot, counts: ReadonlyMap<Id, number>): CategoryBoard {
  const codes = snapshot.codes;
  const kids = childrenMap(codes);
  const levelled = codes.some((c) => c.level && c.level !== 'axial');
  const ids = new Set(codes.map((c) => c.id));
  const catIds = new Set<Id>();
  for (const c of codes) {
    const topLevel = c.parentId === null || !ids.has(c.parentId);
    if (c.level === 'axial' || (!levelled && topLevel && (kids.get(c.id)?.length ?? 0) > 0)) catIds.add(c.id);
  }
  const ordered = treeOrder(codes).map((r) => r.code);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const underCategory = (code: Code): boolean => {
    const seen = new Set<Id>();
    let cur = code.parentId ? byId.get(code.parentId) : undefined;
    while (cur && !seen.has(cur.id)) {
      if (catIds.has(cur.id)) return true;
      seen.add(cur.id);
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
    return false;
  };
  const categories = ordered.filter((c) => catIds.has(c.id));
  const members = new Map<Id, Code[]>();
  for (const cat of categories) members.set(cat.id, kids.get(cat.id) ?? []);
  const uncategorized = ordered.filter(
    (c) => !catIds.has(c.id) && !underCategory(c) && (levelled ? c.level === undefined || c.level === 'open' : (kids.get(c.id)?.length ?? 0) === 0),
  );
  const totals = new Map<Id, number>();
  const total = (id: Id, seen: Set<Id>): number => {
    if (seen.has(id)) return 0;
    seen.add(id);
    return (counts.get(id) ?? 0) + (kids.get(id) ?? []).reduce((sum, k) => sum + total(k.id, seen), 0);
  };
  for (const cat of categories) totals.set(cat.id, total(cat.id, new Set()));
  return { categories, members, uncategorized, totals, isCategory: (id) => catIds.has(id) };
}

/** A code and every code below it. */
export function subtreeIds(codes: readonly Code[], id: Id): Set<Id> {
  const kids = childrenMap(codes);
  const out = new Set<Id>();
  const walk = (cur: Id) => {
    if (out.has(cur)) return;
    out.add(cur);
    for (const k of kids.get(cur) ?? []) walk(k.id);
  };
  walk(id);
  return out;
}
