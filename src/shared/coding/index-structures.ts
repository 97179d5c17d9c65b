/**
 * Read-side indexes over codings, rebuilt from a snapshot after each change (O(n log n); a few
 * milliseconds for 50,000 codings):
 * - per document, codings sorted by start with an implicit augmented interval tree (each node of
 *   the balanced tree over the sorted array knows the largest end in its subtree), so position and
 *   range queries cost O(log n + k);
 * - per code, its codings (by document, then start).
 * Ranges are half-open: a coding [s, e) overlaps [a, b) when s < b and e > a.
 */
import type { Coding } from '../model/types';

export interface Interval {
  start: number;
  end: number;
}

/** An implicit interval tree over items sorted by (start, end, id). */
class IntervalList<T extends Interval & { id: string }> {
  readonly items: T[];
  private readonly maxEnd: Float64Array;

  constructor(items: T[]) {
    this.items = items.slice().sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.maxEnd = new Float64Array(this.items.length);
    this.build(0, this.items.length);
  }

  private build(lo: number, hi: number): number {
    if (lo >= hi) return -Infinity;
    const mid = (lo + hi) >> 1;
    const m = Math.max(this.items[mid].end, this.build(lo, mid), this.build(mid + 1, hi));
    this.maxEnd[mid] = m;
    return m;
  }

  /** Items overlapping [start, end), in sorted order. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    if (end <= start) return out;
    const visit = (lo: number, hi: number) => {
      if (lo >= hi) return;
      const mid = (lo + hi) >> 1;
      if (this.maxEnd[mid] <= start) return; // nothing in this subtree reaches into the range
      visit(lo, mid);
      const item = this.items[mid];
      if (item.start >= end) return; // this and everything to the right start too late
      if (item.end > start) out.push(item);
      visit(mid + 1, hi);
    };
    visit(0, this.items.length);
    return out;
  }
}

export class CodingIndex {
  private readonly docs = new Map<string, IntervalList<Coding>>();
  private readonly codes = new Map<string, Coding[]>();
  private readonly ids = new Map<string, Coding>();

  constructor(codings: readonly Coding[]) {
    const byDoc = new Map<string, Coding[]>();
    for (const c of codings) {
      this.ids.set(c.id, c);
      let list = byDoc.get(c.documentId);
      if (!list) byDoc.set(c.documentId, (list = []));
      list.push(c);
      let byCode = this.codes.get(c.codeId);
      if (!byCode) this.codes.set(c.codeId, (byCode = []));
      byCode.push(c);
    }
    for (const [id, list] of byDoc) this.docs.set(id, new IntervalList(list));
    for (const list of this.codes.values()) {
      list.sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end));
    }
  }

  static fromSnapshot(snapshot: { codings: readonly Coding[] }): CodingIndex {
    return new CodingIndex(snapshot.codings);
  }

  get(codingId: string): Coding | undefined {
    return this.ids.get(codingId);
  }

  /** All codings of a document, sorted by start (then end, then id). */
  inDocument(documentId: string): readonly Coding[] {
    return this.docs.get(documentId)?.items ?? [];
  }

  /** Codings that contain the character at `offset` (start <= offset < end). */
  codingsAt(documentId: string, offset: number): Coding[] {
    return this.codingsInRange(documentId, offset, offset + 1);
  }

  /** Codings that overlap [start, end); empty for an empty range. Sorted by start. */
  codingsInRange(documentId: string, start: number, end: number): Coding[] {
    return this.docs.get(documentId)?.overlapping(start, end) ?? [];
  }

  /** Codings with this code, by document id then start. */
  byCode(codeId: string): readonly Coding[] {
    return this.codes.get(codeId) ?? [];
  }

  /** Number of codings per code id. */
  countByCode(): Map<string, number> {
    return new Map([...this.codes].map(([id, list]) => [id, list.length]));
  }
}

/**
 * Columns for the coding brackets in the margin (as in ATLAS.ti/MAXQDA): brackets whose ranges
 * overlap get different columns; column 0 is nearest the text. Greedy interval-graph colouring in
 * order of start (longer first on ties, then input order), each bracket taking the lowest column
 * that is free — optimal (as many columns as the deepest overlap) and stable. Brackets that only
 * touch (one ends where the next starts) may share a column. O(n log n).
 */
export function layoutMargin<K>(codings: readonly { id: K; start: number; end: number }[]): Map<K, number> {
  const order = codings.map((_, i) => i).sort((a, b) => codings[a].start - codings[b].start || codings[b].end - codings[a].end || a - b);
  const out = new Map<K, number>();
  // Active brackets as a min-heap on end; free columns as a min-heap.
  const active = new MinHeap<{ end: number; column: number }>((x, y) => x.end - y.end || x.column - y.column);
  const free = new MinHeap<number>((x, y) => x - y);
  let columns = 0;
  for (const i of order) {
    const c = codings[i];
    while (active.size > 0 && active.peek()!.end <= c.start) free.push(active.pop()!.column);
    const column = free.size > 0 ? free.pop()! : columns++;
    out.set(c.id, column);
    active.push({ end: Math.max(c.end, c.start), column });
  }
  return out;
}

class MinHeap<T> {
  private readonly a: T[] = [];
  constructor(private readonly less: (x: T, y: T) => number) {}
  get size(): number {
    return this.a.length;
  }
  peek(): T | undefined {
    return this.a[0];
  }
  push(v: T): void {
    const a = this.a;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(a[i], a[p]) >= 0) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.less(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
