import type { Code, CodeRelation, Id } from '../../../shared/model/types';

export interface NetworkNode {
  code: Code;
  x: number;
  y: number;
  r: number;
  /** Label placement: to the right (start) or left (end) of the node. */
  anchor: 'start' | 'end';
  lx: number;
  ly: number;
  label: string;
  category: boolean;
}

export interface NetworkEdge {
  relation: CodeRelation;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lx: number;
  ly: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

const MAX_LABEL = 30;
const CHAR_W = 6.6;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/**
 * A deterministic circle layout: nodes in codebook order (codes next to their category) around a
 * circle large enough that neighbouring labels (one line each, pointing outwards) never overlap.
 */
export function circleLayout(codes: Code[], relations: readonly CodeRelation[], size: (id: Id) => number, isCategory: (id: Id) => boolean): NetworkLayout {
  const n = codes.length;
  const spacing = 24;
  const radius = Math.max(120, (n * spacing) / (2 * Math.PI));
  const maxLabel = Math.max(0, ...codes.map((c) => shorten(c.label).length)) * CHAR_W + 40;
  const cx = radius + maxLabel + 20;
  const cy = radius + 60;
  const nodes: NetworkNode[] = codes.map((code, i) => {
    const angle = n === 1 ? 0 : -Math.PI / 2 + (2 * Math.PI * i) / n;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    const r = Math.min(24, 5 + 2.2 * Math.sqrt(size(code.id)));
    const right = Math.cos(angle) >= -1e-6;
    const off = r + 6;
    return {
      code,
      x,
      y,
      r,
      anchor: right ? 'start' : 'end',
      lx: x + Math.cos(angle) * off + (right ? 2 : -2),
      ly: y + Math.sin(angle) * off + 4,
      label: shorten(code.label),
      category: isCategory(code.id),
    };
  });
  const byId = new Map(nodes.map((node) => [node.code.id, node]));
  const edges: NetworkEdge[] = [];
  for (const relation of relations) {
    const a = byId.get(relation.fromCodeId);
    const b = byId.get(relation.toCodeId);
    if (!a || !b || a === b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const x1 = a.x + ux * a.r;
    const y1 = a.y + uy * a.r;
    const x2 = b.x - ux * (b.r + 3);
    const y2 = b.y - uy * (b.r + 3);
    edges.push({ relation, x1, y1, x2, y2, lx: x1 + (x2 - x1) * 0.5, ly: y1 + (y2 - y1) * 0.5 - 3 });
  }
  return { width: Math.ceil(2 * cx), height: Math.ceil(2 * cy), nodes, edges };
}
