/**
 * Speaker turns of a document: which turn an offset is in, and which turns are respondent text.
 */
import type { Document } from '../model/types';

/**
 * Per turn: does it count as respondent text? A turn counts when its speaker label is mapped to
 * a respondent or not assigned yet (so a fresh import is not empty). The interviewer never counts,
 * nor do labels missing from `doc.speakers` — in particular unlabelled (`''`) text such as a title
 * when the document has real speaker labels. This matches `documentWordCount(doc, true)`.
 */
export function respondentTurnFlags(doc: Pick<Document, 'turns' | 'speakers'>): boolean[] {
  const counted = new Set(doc.speakers.filter((s) => s.role.kind !== 'interviewer').map((s) => s.label));
  return doc.turns.map((t) => counted.has(t.speaker));
}

/**
 * Looks up the turn containing an offset in O(log n). Turns are expected not to overlap; they are
 * sorted by start here (the document's order is kept in the returned indexes).
 */
export class TurnLookup {
  private readonly order: number[];
  private readonly starts: Int32Array;

  constructor(private readonly doc: Pick<Document, 'turns'>) {
    this.order = doc.turns.map((_, i) => i).sort((a, b) => doc.turns[a].start - doc.turns[b].start || a - b);
    this.starts = Int32Array.from(this.order.map((i) => doc.turns[i].start));
  }

  /** Index (into `doc.turns`) of the turn with start <= offset < end, or -1. */
  turnAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 2; k--) {
      const turn = this.doc.turns[this.order[k]];
      if (turn.start <= offset && offset < turn.end) return this.order[k];
    }
    return -1;
  }
}
