import type { Code, Id, IsoTime } from '../model/types';
import type { CodebookCode, CodebookFile } from './types';

/** Colour for a code when neither it nor any ancestor sets one. */
export const DEFAULT_CODE_COLOR = '#5d6d7e';

export interface CodebookTreeNode {
  code: CodebookCode;
  /** The code's own colour or the nearest ancestor's (DEFAULT_CODE_COLOR when none). */
  color: string;
  /** 0 for a top-level code. */
  depth: number;
  /** Position among its siblings, in file order. */
  order: number;
  children: CodebookTreeNode[];
}

/**
 * The codebook's codes as a forest, siblings in file order. Assumes a valid codebook
 * (see validateCodebook); codes whose parent is missing are treated as top-level.
 */
export function codebookTree(codebook: CodebookFile): CodebookTreeNode[] {
  const ids = new Set(codebook.codes.map((c) => c.id));
  const childrenOf = new Map<string | null, CodebookCode[]>();
  for (const code of codebook.codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(code);
    childrenOf.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number, inherited: string): CodebookTreeNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((code) => !seen.has(code.id) && seen.add(code.id))
      .map((code, order) => {
        const color = code.color ?? inherited;
        return { code, color, depth, order, children: build(code.id, depth + 1, color) };
      });
  return build(null, 0, DEFAULT_CODE_COLOR);
}

/** Depth-first (pre-order) walk of the tree: parents before children, siblings in order. */
export function flattenTree(nodes: CodebookTreeNode[]): CodebookTreeNode[] {
  const out: CodebookTreeNode[] = [];
  const walk = (list: CodebookTreeNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** The resolved colour of every code, by codebook code id. */
export function resolvedColors(codebook: CodebookFile): Map<string, string> {
  return new Map(flattenTree(codebookTree(codebook)).map((n) => [n.code.id, n.color]));
}

/** The code with `id` and its ancestors up to the top level (first element: the code itself). */
export function ancestry(codebook: CodebookFile, id: string): CodebookCode[] {
  const byId = new Map(codebook.codes.map((c) => [c.id, c]));
  const out: CodebookCode[] = [];
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    out.push(cur);
    seen.add(cur.id);
    cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
  }
  return out;
}

export interface ToProjectCodesContext {
  projectId: Id;
  now: IsoTime;
  /** Returns a fresh id for each project code. */
  newId: () => Id;
  /** Only codes for which this returns true (their ancestors are always kept). Default: all. */
  include?: (code: CodebookCode) => boolean;
}

/**
 * Turns a codebook into project codes: fresh ids (parent and pair links remapped), parents before
 * children, `order` = position among siblings, colours resolved (children inherit), and the
 * codebook's number, level, description, indicator and valence kept. `sourceCodeId` records the
 * codebook code each project code came from.
 */
export function toProjectCodes(codebook: CodebookFile, ctx: ToProjectCodesContext): Code[] {
  let nodes = flattenTree(codebookTree(codebook));
  if (ctx.include) {
    const keep = new Set<string>();
    for (const node of nodes) {
      if (ctx.include(node.code)) for (const c of ancestry(codebook, node.code.id)) keep.add(c.id);
    }
    nodes = nodes.filter((n) => keep.has(n.code.id));
  }
  const idMap = new Map<string, Id>();
  for (const node of nodes) idMap.set(node.code.id, ctx.newId());
  // Recount sibling order after filtering.
  const siblingCount = new Map<string | null, number>();
  return nodes.map((node) => {
    const { code } = node;
    const parentId = code.parentId !== null ? idMap.get(code.parentId) ?? null : null;
    const order = siblingCount.get(parentId) ?? 0;
    siblingCount.set(parentId, order + 1);
    const out: Code = {
      id: idMap.get(code.id) as Id,
      projectId: ctx.projectId,
      parentId,
      label: code.label.trim(),
      color: node.color,
      level: code.level,
      description: code.description ?? '',
      order,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      sourceCodeId: code.id,
    };
    if (code.number !== undefined) out.number = code.number;
    if (code.indicator !== undefined) out.indicator = code.indicator;
    if (code.valence !== undefined) out.valence = code.valence;
    const pair = code.pairId !== undefined ? idMap.get(code.pairId) : undefined;
    if (pair !== undefined) out.pairId = pair;
    return out;
  });
}
