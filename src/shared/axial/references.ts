/**
 * Keeps relations (axial coding) and themes (selective coding) free of dangling references when
 * codes or codings disappear. Used by deleteCode/mergeCodes, removeCoding and deleteDocument so the
 * clean-up is part of the same change set (undo restores everything at once).
 */
import { deleted, updated, type EntityChange } from '../model/changes';
import type { CodeRelation, ProjectSnapshot, Theme } from '../model/types';

export interface ReferenceCleanup {
  /** Codes that are deleted: relations touching them go, themes drop them as categories. */
  deletedCodes?: ReadonlySet<string>;
  /** Codes merged into another (source → target): relations and categories are retargeted. */
  mergedCodes?: ReadonlyMap<string, string>;
  /** Codings that are deleted: themes drop them as key quotes. */
  deletedCodings?: ReadonlySet<string>;
  /** Codings replaced by another (e.g. a duplicate dropped in a merge): key quotes follow. */
  replacedCodings?: ReadonlyMap<string, string>;
}

const dedupe = (ids: string[]): string[] => [...new Set(ids)];

/** The relation and theme changes needed after `cleanup`; empty when nothing refers to it. */
export function referenceCleanup(snapshot: ProjectSnapshot, cleanup: ReferenceCleanup, now: string): EntityChange[] {
  const delCodes = cleanup.deletedCodes ?? new Set<string>();
  const merged = cleanup.mergedCodes ?? new Map<string, string>();
  const delCodings = cleanup.deletedCodings ?? new Set<string>();
  const replaced = cleanup.replacedCodings ?? new Map<string, string>();
  const changes: EntityChange[] = [];
  if (delCodes.size + merged.size > 0) {
    const code = (id: string) => merged.get(id) ?? id;
    const kept = new Set<string>();
    // Relations that already exist unchanged win over retargeted ones (so undo is minimal).
    const untouched = snapshot.relations.filter(
      (r) => !delCodes.has(r.fromCodeId) && !delCodes.has(r.toCodeId) && !merged.has(r.fromCodeId) && !merged.has(r.toCodeId),
    );
    const key = (r: Pick<CodeRelation, 'fromCodeId' | 'toCodeId' | 'type'>) => `${r.fromCodeId}\u0000${r.toCodeId}\u0000${r.type}`;
    for (const r of untouched) kept.add(key(r));
    for (const r of snapshot.relations) {
      if (untouched.includes(r)) continue;
      if (delCodes.has(r.fromCodeId) || delCodes.has(r.toCodeId)) {
        changes.push(deleted('relations', r));
        continue;
      }
      const after: CodeRelation = { ...r, fromCodeId: code(r.fromCodeId), toCodeId: code(r.toCodeId), updatedAt: now };
      if (after.fromCodeId === after.toCodeId || kept.has(key(after))) {
        changes.push(deleted('relations', r));
        continue;
      }
      kept.add(key(after));
      changes.push(updated('relations', r, after));
    }
  }
  for (const t of snapshot.themes) {
    const categoryIds = dedupe(t.categoryIds.filter((id) => !delCodes.has(id)).map((id) => merged.get(id) ?? id));
    const keyQuoteIds = dedupe(t.keyQuoteIds.filter((id) => !delCodings.has(id) || replaced.has(id)).map((id) => replaced.get(id) ?? id));
    if (sameList(categoryIds, t.categoryIds) && sameList(keyQuoteIds, t.keyQuoteIds)) continue;
    const after: Theme = { ...t, categoryIds, keyQuoteIds, updatedAt: now };
    changes.push(updated('themes', t, after));
  }
  return changes;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
