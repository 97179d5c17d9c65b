/** Pure helpers for the codebook screens (no React, no DOM): unit-tested in test/unit/renderer. */
import type { Code, CodebookOrigin, Id, Language, ProjectSnapshot } from '../../shared/model/types';
import { findPredefinedCode, getPredefinedCodebook, PREDEFINED_CODEBOOKS } from '../../shared/codebook/registry';
import type { CodebookFile } from '../../shared/codebook/types';
import { translate } from '../../shared/i18n';

/** The three Baarda phases: always offered as levels, with translated names. */
export const BAARDA_LEVELS = ['open', 'axial', 'selective'] as const;

export interface LevelOption {
  id: string;
  label: string;
}

/** Codes in tree order (parents before children, siblings by `order`), with their depth. */
export interface CodeRow {
  code: Code;
  depth: number;
  /** Ids of the code's children, in order. */
  childIds: Id[];
}

export function sortCodes(codes: readonly Code[]): Code[] {
  return [...codes].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
}

/** Children of each parent (null: top level), each list in sibling order. */
export function childrenByParent(codes: readonly Code[]): Map<Id | null, Code[]> {
  const ids = new Set(codes.map((c) => c.id));
  const map = new Map<Id | null, Code[]>();
  for (const code of sortCodes(codes)) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const list = map.get(parent) ?? [];
    list.push(code);
    map.set(parent, list);
  }
  return map;
}

/**
 * The rows of the tree as shown: pre-order, skipping the children of collapsed codes and codes
 * outside `visible` (when given).
 */
export function visibleRows(codes: readonly Code[], expanded: ReadonlySet<Id>, visible?: ReadonlySet<Id>): CodeRow[] {
  const byParent = childrenByParent(codes);
  const rows: CodeRow[] = [];
  const seen = new Set<Id>();
  const walk = (parent: Id | null, depth: number) => {
    for (const code of byParent.get(parent) ?? []) {
      if (seen.has(code.id)) continue;
      seen.add(code.id);
      if (visible && !visible.has(code.id)) continue;
      const children = (byParent.get(code.id) ?? []).filter((c) => !visible || visible.has(c.id));
      rows.push({ code, depth, childIds: children.map((c) => c.id) });
      if (expanded.has(code.id)) walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** The code and all its descendants. */
export function descendantIds(codes: readonly Code[], id: Id): Set<Id> {
  const byParent = childrenByParent(codes);
  const out = new Set<Id>([id]);
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const child of byParent.get(cur) ?? []) {
      if (!out.has(child.id)) {
        out.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return out;
}

/** "Deskundigheid › Eigen expertise": the code's path from the top level. */
export function codePath(codes: readonly Code[], id: Id): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const parts: string[] = [];
  const seen = new Set<Id>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    parts.unshift(cur.label);
    seen.add(cur.id);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return parts.join(' › ');
}

export type DropPosition = 'before' | 'after' | 'inside';

/**
 * Where a code lands when dropped relative to `targetId`: the new parent and the index among the
 * new parent's other children (the dragged code itself not counted). Null when the drop is not
 * allowed (onto itself or into its own subtree).
 */
export function dropTarget(
  codes: readonly Code[],
  draggedId: Id,
  targetId: Id | null,
  position: DropPosition,
): { parentId: Id | null; index: number } | null {
  const byParent = childrenByParent(codes);
  if (targetId === null) {
    const roots = (byParent.get(null) ?? []).filter((c) => c.id !== draggedId);
    return { parentId: null, index: roots.length };
  }
  if (descendantIds(codes, draggedId).has(targetId)) return null;
  const target = codes.find((c) => c.id === targetId);
  if (!target) return null;
  if (position === 'inside') {
    const kids = (byParent.get(target.id) ?? []).filter((c) => c.id !== draggedId);
    return { parentId: target.id, index: kids.length };
  }
  const parentId = target.parentId && codes.some((c) => c.id === target.parentId) ? target.parentId : null;
  const siblings = (byParent.get(parentId) ?? []).filter((c) => c.id !== draggedId);
  const at = siblings.findIndex((c) => c.id === target.id);
  return { parentId, index: position === 'before' ? at : at + 1 };
}

/**
 * Keyboard moves (Alt+arrows): up/down swap with the neighbouring sibling, right indents under the
 * previous sibling (as its last child), left outdents to just after the parent. Null at an edge.
 */
export function keyboardMove(
  codes: readonly Code[],
  id: Id,
  direction: 'up' | 'down' | 'indent' | 'outdent',
): { parentId: Id | null; index: number } | null {
  const byParent = childrenByParent(codes);
  const code = codes.find((c) => c.id === id);
  if (!code) return null;
  const parentId = code.parentId && codes.some((c) => c.id === code.parentId) ? code.parentId : null;
  const siblings = byParent.get(parentId) ?? [];
  const at = siblings.findIndex((c) => c.id === id);
  switch (direction) {
    case 'up':
      return at > 0 ? { parentId, index: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { parentId, index: at + 1 } : null;
    case 'indent': {
      if (at <= 0) return null;
      const newParent = siblings[at - 1];
      return { parentId: newParent.id, index: (byParent.get(newParent.id) ?? []).length };
    }
    case 'outdent': {
      if (parentId === null) return null;
      const parent = codes.find((c) => c.id === parentId)!;
      const grand = parent.parentId && codes.some((c) => c.id === parent.parentId) ? parent.parentId : null;
      const uncles = (byParent.get(grand) ?? []).filter((c) => c.id !== id);
      return { parentId: grand, index: uncles.findIndex((c) => c.id === parent.id) + 1 };
    }
  }
}

/** The predefined codebooks the project's codes came from (via `sourceCodeId`) or its origin. */
export function projectCodebooks(snapshot: Pick<ProjectSnapshot, 'codes' | 'project'>): CodebookFile[] {
  const out = new Map<string, CodebookFile>();
  const origin = snapshot.project.codebookOrigin;
  if (origin?.kind === 'predefined') {
    const cb = getPredefinedCodebook(origin.codebookId);
    if (cb) out.set(cb.id, cb);
  }
  for (const code of snapshot.codes) {
    if (!code.sourceCodeId) continue;
    const prefix = code.sourceCodeId.split('.')[0];
    if ([...out.values()].some((cb) => cb.id.startsWith(`${prefix}-`))) continue;
    const found = findPredefinedCode(code.sourceCodeId);
    if (found) out.set(found.codebook.id, found.codebook);
  }
  return [...out.values()];
}

/** The name of a code's level: from its source codebook, the Baarda phases, or the id itself. */
export function levelLabel(lang: Language, level: string | undefined, code?: Code, codebooks: CodebookFile[] = []): string {
  if (!level) return '';
  if (code?.sourceCodeId) {
    const found = findPredefinedCode(code.sourceCodeId);
    const l = found?.codebook.levels.find((x) => x.id === level);
    if (l) return l.label;
  }
  if ((BAARDA_LEVELS as readonly string[]).includes(level)) return translate(lang, `app.codebook.level.${level}`);
  for (const cb of codebooks) {
    const l = cb.levels.find((x) => x.id === level);
    if (l) return l.label;
  }
  return level;
}

/** The levels a code can be given: the Baarda phases, the levels of the project's codebooks, and any level in use. */
export function levelOptions(lang: Language, snapshot: Pick<ProjectSnapshot, 'codes' | 'project'>): LevelOption[] {
  const out = new Map<string, string>();
  for (const id of BAARDA_LEVELS) out.set(id, translate(lang, `app.codebook.level.${id}`));
  for (const cb of projectCodebooks(snapshot)) for (const l of cb.levels) if (!out.has(l.id)) out.set(l.id, l.label);
  for (const code of snapshot.codes) if (code.level && !out.has(code.level)) out.set(code.level, code.level);
  return [...out].map(([id, label]) => ({ id, label }));
}

/** "Strockmeijer (2023) …": the origin for the header's "Adapted from: …". */
export function describeOrigin(lang: Language, origin: CodebookOrigin | undefined): string | null {
  if (!origin) return null;
  switch (origin.kind) {
    case 'empty':
      return null;
    case 'predefined':
      return translate(lang, 'app.codebook.origin.predefined', { title: origin.title, version: origin.version });
    case 'qdc':
      return translate(lang, 'app.codebook.origin.qdc', { file: origin.fileName });
    case 'project':
      return origin.fileName
        ? translate(lang, 'app.codebook.origin.projectFile', { name: origin.projectName, file: origin.fileName })
        : translate(lang, 'app.codebook.origin.project', { name: origin.projectName });
  }
}

/** Number of codes per level of a predefined codebook, in the codebook's level order. */
export function levelCounts(codebook: CodebookFile): { id: string; label: string; count: number }[] {
  return codebook.levels
    .map((l) => ({ id: l.id, label: l.label, count: codebook.codes.filter((c) => c.level === l.id).length }))
    .filter((l) => l.count > 0);
}

export { PREDEFINED_CODEBOOKS };
