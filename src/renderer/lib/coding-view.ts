/**
 * Pure helpers of the coding view (no React, no DOM): splitting a turn's text at coding and
 * highlight boundaries, the virtual list's height index, shortcut slots, selection clipping and
 * word-wise widening/narrowing. Unit-tested in test/unit/renderer/coding-view.test.ts.
 * Offsets are UTF-16 code units into Document.text, end exclusive.
 */
import type { Code, SpeakerTurn } from '../../shared/model/types';
import { wordsIn } from '../../shared/text/words';
import { clampToGraphemes } from '../../shared/text/offsets';
import { snapToWordBoundaries } from '../../shared/text/words';

export interface Span {
  id: string;
  start: number;
  end: number;
}

export type MarkKind = 'hover' | 'search' | 'focus' | 'selection';

export interface Piece<C extends Span> {
  start: number;
  end: number;
  /** Codings covering the whole piece, shortest (innermost) first. */
  codings: C[];
  marks: MarkKind[];
}

/**
 * Splits [from, to) at every boundary of the codings and marks that fall inside it. Each piece
 * knows the codings covering it (innermost first) and its marks.
 */
export function splitPieces<C extends Span>(from: number, to: number, codings: readonly C[], marks: readonly { start: number; end: number; kind: MarkKind }[]): Piece<C>[] {
  if (to <= from) return [];
  const cuts = new Set<number>([from, to]);
  for (const c of codings) {
    if (c.start > from && c.start < to) cuts.add(c.start);
    if (c.end > from && c.end < to) cuts.add(c.end);
  }
  for (const m of marks) {
    if (m.start > from && m.start < to) cuts.add(m.start);
    if (m.end > from && m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece<C>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = codings.filter((c) => c.start <= start && c.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    const kinds = marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind);
    pieces.push({ start, end, codings: covering, marks: [...new Set(kinds)] });
  }
  return pieces;
}

/** Heights of the virtual list's rows (measured or estimated) with prefix sums. */
export class HeightIndex {
  readonly heights: Float64Array;
  private prefix: Float64Array;
  private dirty = true;

  constructor(estimates: readonly number[]) {
    this.heights = Float64Array.from(estimates);
    this.prefix = new Float64Array(estimates.length + 1);
  }

  get size(): number {
    return this.heights.length;
  }

  /** Sets a row's height; true when it changed. */
  set(row: number, height: number): boolean {
    if (row < 0 || row >= this.heights.length || Math.abs(this.heights[row] - height) < 0.5) return false;
    this.heights[row] = height;
    this.dirty = true;
    return true;
  }

  private build(): void {
    if (!this.dirty) return;
    for (let i = 0; i < this.heights.length; i++) this.prefix[i + 1] = this.prefix[i] + this.heights[i];
    this.dirty = false;
  }

  /** Top of a row (the sum of the heights before it). */
  offsetOf(row: number): number {
    this.build();
    return this.prefix[Math.max(0, Math.min(row, this.heights.length))];
  }

  get total(): number {
    return this.offsetOf(this.heights.length);
  }

  /** The row at a vertical position (clamped to the rows). */
  rowAt(y: number): number {
    this.build();
    const n = this.heights.length;
    if (n === 0) return 0;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.prefix[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Rows to render for a viewport, with `overscan` pixels above and below. */
  range(scrollTop: number, viewport: number, overscan: number): { first: number; last: number } {
    if (this.heights.length === 0) return { first: 0, last: -1 };
    return { first: this.rowAt(Math.max(0, scrollTop - overscan)), last: this.rowAt(scrollTop + viewport + overscan) };
  }
}

/** A first guess of a turn block's height before it is measured. */
export function estimateTurnHeight(chars: number, textWidth: number): number {
  const perLine = Math.max(20, Math.floor(textWidth / 8.6));
  return 46 + Math.max(1, Math.ceil(chars / perLine)) * 27;
}

/**
 * The codes that digits 1–9 apply: recently used codes first (newest first), then the remaining
 * codes in codebook order, nine at most.
 */
export function shortcutSlots(recentCodeIds: readonly string[], codesInOrder: readonly Code[]): string[] {
  const exists = new Set(codesInOrder.map((c) => c.id));
  const out: string[] = [];
  for (const id of recentCodeIds) if (exists.has(id) && !out.includes(id) && out.length < 9) out.push(id);
  for (const c of codesInOrder) {
    if (out.length >= 9) break;
    if (!out.includes(c.id)) out.push(c.id);
  }
  return out;
}

/** Codes depth-first in codebook order (children after their parent), with their depth. */
export function codesInTreeOrder(codes: readonly Code[]): { code: Code; depth: number }[] {
  const children = new Map<string | null, Code[]>();
  for (const c of codes) {
    const key = c.parentId !== null && codes.some((p) => p.id === c.parentId) ? c.parentId : null;
    let list = children.get(key);
    if (!list) children.set(key, (list = []));
    list.push(c);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  const out: { code: Code; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const c of children.get(parent) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ code: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export interface SelectionResult {
  start: number;
  end: number;
  /** True when the raw selection reached beyond the turn it started in and was cut there. */
  clipped: boolean;
}

/**
 * Turns raw selection offsets into a coding range: clipped to the turn the selection starts in
 * (selections never cross speaker turns), optionally snapped to whole words, never splitting a
 * grapheme. Null when nothing codable is left (a caret, only spaces, outside every turn).
 */
export function selectionRange(text: string, turns: readonly SpeakerTurn[], rawStart: number, rawEnd: number, snapToWords: boolean): SelectionResult | null {
  let start = Math.min(rawStart, rawEnd);
  let end = Math.max(rawStart, rawEnd);
  if (start === end) return null;
  const turn = turns.find((t) => t.start <= start && start < t.end) ?? turns.find((t) => t.start >= start && t.start < end);
  if (!turn) return null;
  let clipped = false;
  if (start < turn.start) start = turn.start;
  if (end > turn.end) {
    end = turn.end;
    clipped = true;
  }
  if (snapToWords) {
    const snapped = snapToWordBoundaries(text, start, end);
    start = Math.max(turn.start, snapped.start);
    end = Math.min(turn.end, snapped.end);
  }
  const g = clampToGraphemes(text, start, end);
  start = g.start;
  end = g.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return null;
  return { start, end, clipped };
}

/**
 * Moves one edge of a range by a word: `edge` 'end' with +1 takes in the next word, -1 lets go of
 * the last one; 'start' with -1 takes in the previous word, +1 lets go of the first. Never leaves
 * `limits` (the turn) and never makes the range empty; returns the range unchanged when it cannot.
 */
export function moveEdgeByWord(text: string, range: { start: number; end: number }, edge: 'start' | 'end', direction: 1 | -1, limits: { start: number; end: number }): { start: number; end: number } {
  const { start, end } = range;
  if (edge === 'end') {
    if (direction > 0) {
      const next = wordsIn(text, end, Math.min(limits.end, end + 400)).find((w) => w.end > end);
      return next && next.end <= limits.end ? { start, end: next.end } : range;
    }
    const inside = wordsIn(text, start, end).filter((w) => w.end < end && w.end > start);
    const prev = inside[inside.length - 1];
    return prev ? { start, end: prev.end } : range;
  }
  if (direction < 0) {
    const before = wordsIn(text, Math.max(limits.start, start - 400), start).filter((w) => w.start < start);
    const prev = before[before.length - 1];
    return prev && prev.start >= limits.start ? { start: prev.start, end } : range;
  }
  const next = wordsIn(text, start, end).find((w) => w.start > start && w.start < end);
  return next ? { start: next.start, end } : range;
}

/** Vertical positions for margin labels: at their bracket's top, pushed down so none overlap. */
export function stackLabels(tops: readonly number[], height: number, gap = 2): number[] {
  const order = tops.map((_, i) => i).sort((a, b) => tops[a] - tops[b] || a - b);
  const out = new Array<number>(tops.length);
  let next = -Infinity;
  for (const i of order) {
    const y = Math.max(tops[i], next);
    out[i] = y;
    next = y + height + gap;
  }
  return out;
}

/** Whole percent for display: 0 only when nothing is coded, 100 only when everything is. */
export function percent(share: number): number {
  if (share <= 0) return 0;
  if (share >= 1) return 100;
  return Math.min(99, Math.max(1, Math.round(share * 100)));
}
