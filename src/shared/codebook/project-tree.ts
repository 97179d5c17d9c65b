import type { Code } from '../model/types';

/**
 * A project's code tree (codes linked by parentId). Kept apart from the export modules so that
 * light callers (CSV, the UI) do not pull in the docx library.
 */

/** Children per parent id (null = top level), siblings sorted by order; orphans count as top level. */
export function childrenMap(codes: readonly Code[]): Map<string | null, Code[]> {
  const ids = new Set(codes.map((c) => c.id));
  const map = new Map<string | null, Code[]>();
  for (const c of codes) {
    const key = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  }
  for (const list of map.values()) list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return map;
}

/** Codes in tree order (depth-first, siblings by order) with their depth. */
export function treeOrder(codes: readonly Code[]): { code: Code; depth: number }[] {
  const kids = childrenMap(codes);
  const out: { code: Code; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const c of kids.get(parent) ?? []) {
      out.push({ code: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
